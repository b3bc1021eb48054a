import fc from 'fast-check'
import { motionResult } from '../../assembly/meeting/meeting-fixtures'
import { RuleViolation } from '../../errors'
import { projectConsent, type ConsentMeeting } from './consent'
import { checkContribution, checkDeadline, checkPledge, projectStatus, refundsProRata } from './pledges'
import { floorCoefficient, planShares, ROUNDING_TEXT, ruleText, sharesByFloor, type ShareUnit } from './shares'

/** 3号楼 2单元: six floors, two rooms a floor, areas 80–95 m². */
const entrance: ShareUnit[] = [1, 2, 3, 4, 5, 6].flatMap((f) => [
  { unitId: `u${f}01`, label: `3-2-${f}01`, area: 8_000 + f * 100 },
  { unitId: `u${f}02`, label: `3-2-${f}02`, area: 9_500 },
])
const lift = { kind: 'by_floor' as const, exemptThroughFloor: 2, startCoefficient: 70, step: 10 }

describe('a crowdfunded project shares its target over the households of its scope (F13)', () => {
  it('by floor: floors 1–2 pay nothing, 0.7 at floor 3 rising 0.1 a floor, exact to the fen', () => {
    expect([1, 2, 3, 4, 6].map((f) => floorCoefficient(f, lift))).toEqual([0, 0, 70, 80, 100])
    const shares = planShares(360_000_00, entrance, lift)
    // Total weight 2 × (70 + 80 + 90 + 100) = 680; 36 000 000 × 70 / 680 = 3 705 882.35.
    expect(shares.filter((s) => s.floor === 3).map((s) => s.shareFen)).toEqual([3_705_882, 3_705_882])
    expect(shares.filter((s) => (s.floor ?? 0) <= 2).every((s) => s.shareFen === 0)).toBe(true)
    expect(shares.reduce((s, u) => s + u.shareFen, 0)).toBe(360_000_00)
    expect(ruleText(lift)).toBe('按楼层系数：1–2 层不分摊，3 层 0.7，每高一层加 0.1')
    expect(ROUNDING_TEXT).toContain('正好等于目标金额')
  })

  it('per household and by area', () => {
    const per = planShares(100, entrance.slice(0, 3), { kind: 'per_household' })
    expect(per.map((s) => s.shareFen)).toEqual([34, 33, 33])
    const area = planShares(1_000_00, entrance.slice(0, 2), { kind: 'by_area' })
    expect(area.map((s) => s.shareFen)).toEqual([46_023, 53_977])
  })

  it('a unit whose room number tells no floor carries no share by floor', () => {
    const shares = planShares(10_000, [...entrance, { unitId: 'shop', label: '3-2-S1', area: 5_000 }], lift)
    expect(shares.find((s) => s.unitId === 'shop')).toMatchObject({ weight: 0, shareFen: 0 })
    expect(shares.find((s) => s.unitId === 'shop')?.floor).toBeUndefined()
  })

  it('a scope with no units, or a rule under which nobody pays, is refused naming the field', () => {
    expect(() => planShares(100, [], lift)).toThrow(expect.objectContaining({ details: { field: 'body.scope' } }))
    expect(() => planShares(100, entrance.slice(0, 4), lift)).toThrow(
      expect.objectContaining({ code: 'ProjectNobodyPays', details: { field: 'body.rule' } }),
    )
  })

  it('for any target, rule and scope the shares sum exactly to the target, each within a fen of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 33 }), fc.integer({ min: 1, max: 50_000 })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 3 }),
        (target, rows, exempt) => {
          const units = rows.map(([floor, area], i) => ({
            unitId: `u${i}`,
            label: `1-1-${floor}${String(i % 100).padStart(2, '0')}`,
            area,
          }))
          const rule = { kind: 'by_floor' as const, exemptThroughFloor: exempt, startCoefficient: 70, step: 10 }
          if (units.every((u) => Number(u.label.split('-')[2]) < (exempt + 1) * 100)) return
          const shares = planShares(target, units, rule)
          expect(shares.reduce((s, u) => s + u.shareFen, 0)).toBe(target)
          const weights = shares.reduce((s, u) => s + u.weight, 0)
          for (const s of shares) expect(Math.abs(s.shareFen - (target * s.weight) / weights)).toBeLessThan(1.0001)
        },
      ),
    )
  })

  it('the share table reads by floor, top floor first', () => {
    const rows = sharesByFloor(planShares(360_000_00, entrance, lift))
    expect(rows.map((r) => r.floor)).toEqual([6, 5, 4, 3, 2, 1])
    expect(rows[0]?.units).toHaveLength(2)
  })
})

describe('pledges: one per household, capped at its share, all-or-nothing by the deadline (F13)', () => {
  const project = { targetFen: 1_000, pledgedFen: 0, deadline: '2026-12-31T16:00:00Z' }
  const now = '2026-12-01T00:00:00Z'
  const unit = { unitLabel: '3-2-601', shareFen: 300, pledgedFen: 0 }

  it('a pledge above the share is refused naming body.amountFen; at the share it passes', () => {
    expect(() => checkPledge(project, unit, 301, now)).toThrow(
      expect.objectContaining({ code: 'PledgeAboveShare', details: { field: 'body.amountFen' } }),
    )
    expect(() => checkPledge(project, unit, 300, now)).not.toThrow()
  })

  it('one pledge per household, none outside the scope, none after the deadline or once funded', () => {
    expect(() => checkPledge(project, { ...unit, pledgedFen: 100 }, 100, now)).toThrow(
      expect.objectContaining({ code: 'AlreadyPledged' }),
    )
    expect(() => checkPledge(project, undefined, 100, now)).toThrow(
      expect.objectContaining({ code: 'UnitNotInProject' }),
    )
    expect(() => checkPledge(project, unit, 100, '2027-01-01T00:00:00Z')).toThrow(
      expect.objectContaining({ code: 'ProjectLapsed' }),
    )
    expect(() => checkPledge({ ...project, pledgedFen: 1_000 }, unit, 100, now)).toThrow(
      expect.objectContaining({ code: 'ProjectFunded' }),
    )
  })

  it('funded when the pledges reach the target, lapsed after the deadline short of it', () => {
    expect(projectStatus(project, now)).toBe('funding')
    expect(projectStatus({ ...project, pledgedFen: 1_000 }, now)).toBe('funded')
    expect(projectStatus({ ...project, pledgedFen: 1_000 }, '2027-02-01T00:00:00Z')).toBe('funded')
    expect(projectStatus({ ...project, pledgedFen: 999 }, '2026-12-31T16:00:00Z')).toBe('lapsed')
    expect(projectStatus({ ...project, cancelledAt: now }, now)).toBe('cancelled')
  })

  it('a contribution needs a pledge and never exceeds what is still owed on it', () => {
    const pledged = { unitLabel: '3-2-601', pledgedFen: 300, paidFen: 100 }
    expect(() => checkContribution(project, pledged, 200, now)).not.toThrow()
    expect(() => checkContribution(project, pledged, 201, now)).toThrow(
      expect.objectContaining({ code: 'ContributionAbovePledge', details: { field: 'body.amountFen' } }),
    )
    expect(() => checkContribution(project, { ...pledged, pledgedFen: 0 }, 1, now)).toThrow(
      expect.objectContaining({ code: 'NotPledged' }),
    )
  })

  it('a deadline in the past is refused naming body.deadline', () => {
    expect(() => checkDeadline('2026-11-30T00:00:00Z', now)).toThrow(
      expect.objectContaining({ details: { field: 'body.deadline' } }),
    )
  })
})

describe('refunds pro rata (F13)', () => {
  it('(paid − spent) goes back in proportion to what each paid', () => {
    const r = refundsProRata(
      [
        { unitId: 'a', paidFen: 300 },
        { unitId: 'b', paidFen: 100 },
        { unitId: 'c', paidFen: 0 },
      ],
      100,
    )
    expect(r.map((x) => x.refundFen)).toEqual([225, 75, 0])
    expect(() => refundsProRata([{ unitId: 'a', paidFen: 1 }], 2)).toThrow(RuleViolation)
  })

  it('for any payments and spending the refunds sum to paid − spent, none above what was paid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (paid, fraction) => {
          const total = paid.reduce((s, p) => s + p, 0)
          const spent = Math.floor(total * fraction)
          const refunds = refundsProRata(
            paid.map((p, i) => ({ unitId: `u${i}`, paidFen: p })),
            spent,
          )
          expect(refunds.reduce((s, r) => s + r.refundFen, 0)).toBe(total - spent)
          for (const r of refunds) {
            expect(r.refundFen).toBeLessThanOrEqual(r.paidFen)
            if (total > 0) expect(Math.abs(r.refundFen - ((total - spent) * r.paidFen) / total)).toBeLessThan(1.0001)
          }
        },
      ),
    )
  })
})

describe('the owners’ consent to a project is a passed, final type-7 vote of exactly its scope (F13, V14)', () => {
  const meeting = (over: Partial<ConsentMeeting> = {}): ConsentMeeting => ({
    meetingId: 'mtg-lift',
    title: '3号楼2单元加装电梯',
    status: 'final',
    finalAt: '2026-11-20T02:00:00Z',
    scope: { kind: 'entrance', buildingId: 'b3', entrance: '2' },
    scopeText: '3号楼 2单元',
    scopeUnitIds: ['u301'],
    results: [motionResult('m7', 7, true), motionResult('m5', 5, true), motionResult('m7-lost', 7, false)],
    ...over,
  })
  const scope = { kind: 'entrance' as const, buildingId: 'b3', entrance: '2' }
  const code = (
    m: ConsentMeeting | undefined,
    motionId: string,
    s: typeof scope | { kind: 'building'; buildingId: string } = scope,
  ) => {
    try {
      projectConsent(m, motionId, s)
      return 'ok'
    } catch (e) {
      expect((e as RuleViolation).details).toEqual({ field: expect.stringMatching(/^body\.(motionId|scope)$/) })
      return (e as RuleViolation).code
    }
  }

  it('accepts the entrance’s passed lift vote and hands back its frozen scope', () => {
    expect(projectConsent(meeting(), 'm7', scope).scopeUnitIds).toEqual(['u301'])
  })

  it('refuses another scope, another matter, a lost, preliminary or missing vote', () => {
    expect(code(meeting(), 'm7', { kind: 'building', buildingId: 'b3' })).toBe('MotionScopeMismatch')
    expect(code(meeting({ scope: { kind: 'entrance', buildingId: 'b3', entrance: '1' } }), 'm7')).toBe(
      'MotionScopeMismatch',
    )
    expect(code(meeting(), 'm5')).toBe('MotionNotAuthorising')
    expect(code(meeting(), 'm7-lost')).toBe('MotionNotPassed')
    expect(code(meeting({ status: 'preliminary', finalAt: undefined }), 'm7')).toBe('MotionNotFinal')
    expect(code(undefined, 'm7')).toBe('MotionNotFound')
  })
})
