import fc from 'fast-check'
import { motionResult } from '../../assembly/meeting/meeting-fixtures'
import { RuleViolation } from '../../errors'
import { assertAuthority, fundAuthorityOf, type AuthorityMeeting } from './assembly-authority'
import { assertFundCovers, fundPayoutLegs, planFundCharges, type FundUnit } from './fund-payout'

const units: FundUnit[] = [
  { unitId: 'b1-101', label: '1-1-101', buildingId: 'b1', area: 8_950 },
  { unitId: 'b2-101', label: '2-1-101', buildingId: 'b2', area: 10_000 },
  { unitId: 'b2-102', label: '2-1-102', buildingId: 'b2', area: 12_000 },
  { unitId: 'b2-201', label: '2-2-201', buildingId: 'b2', area: 11_000 },
  { unitId: 'b3-101', label: '3-1-101', buildingId: 'b3', area: 0 },
]
const b2 = ['b2-101', 'b2-102', 'b2-201']

describe('a maintenance-fund payout is charged by area to the units of the vote’s scope (F11)', () => {
  it('only the scope’s units, in proportion to area, adding up exactly to the amount', () => {
    const charges = planFundCharges(100_000, units, b2)
    expect(charges.map((c) => [c.unitLabel, c.fen])).toEqual([
      ['2-1-101', 30_303],
      ['2-1-102', 36_364],
      ['2-2-201', 33_333],
    ])
    expect(charges.reduce((s, c) => s + c.fen, 0)).toBe(100_000)
  })

  it('a whole-compound vote charges every unit with an area; a unit without one carries no share', () => {
    const charges = planFundCharges(5_000, units, undefined)
    expect(charges.map((c) => c.unitId)).toEqual(['b1-101', ...b2])
  })

  it('a scope with no unit of recorded area is refused, naming the motion', () => {
    expect(() => planFundCharges(5_000, units, ['b3-101'])).toThrow(
      expect.objectContaining({ code: 'FundScopeEmpty', details: { field: 'body.motionId' } }),
    )
  })

  it('more units than one expense can keep are refused, naming the motion', () => {
    const many = Array.from({ length: 2_501 }, (_, i) => ({
      unitId: `u${i}`,
      label: `${i}`,
      buildingId: 'b1',
      area: 100,
    }))
    expect(() => planFundCharges(5_000_000, many, undefined)).toThrow(
      expect.objectContaining({ code: 'FundScopeTooLarge', details: { field: 'body.motionId' } }),
    )
    expect(planFundCharges(5_000_000, many.slice(1), undefined)).toHaveLength(2_500)
  })

  it('for any amount and areas the shares sum to the amount and differ from the exact share by under one fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 60 }),
        (amount, areas) => {
          const list = areas.map((area, i) => ({ unitId: `u${i}`, label: `${i}`, buildingId: `b${i % 3}`, area }))
          const charges = planFundCharges(amount, list, undefined)
          const total = areas.reduce((s, a) => s + a, 0)
          expect(charges.reduce((s, c) => s + c.fen, 0)).toBe(amount)
          charges.forEach((c) => expect(Math.abs(c.fen - (amount * c.areaCentiSqm) / total)).toBeLessThan(1))
        },
      ),
    )
  })

  it('posts one debit per charged building’s fund against the bank, balancing to zero (F2)', () => {
    const mixed = planFundCharges(90_001, units, ['b1-101', 'b2-101'])
    const legs = fundPayoutLegs(mixed)
    expect(legs).toEqual([
      { account: 'fund:b1', amountFen: mixed[0]?.fen },
      { account: 'fund:b2', amountFen: mixed[1]?.fen },
      { account: 'asset:bank', amountFen: -90_001 },
    ])
    expect(legs.reduce((s, l) => s + l.amountFen, 0)).toBe(0)
  })

  it('a building’s fund cannot pay more than it holds; the message names the building and both amounts', () => {
    const charges = planFundCharges(100_000, units, b2)
    const names = new Map([['b2', '2号楼']])
    expect(() => assertFundCovers(charges, { 'fund:b2': -100_000 }, names)).not.toThrow()
    expect(() => assertFundCovers(charges, { 'fund:b2': -99_999 }, names, 'body.motionId')).toThrow(
      new RuleViolation('FundInsufficient', '2号楼专项维修资金余额 ¥999.99，不足以支付本次分摊的 ¥1,000.00'),
    )
  })
})

describe('which vote may spend the maintenance fund (F11)', () => {
  const meeting = (over: Partial<AuthorityMeeting> = {}): AuthorityMeeting => ({
    meetingId: 'mtg-b2-facade',
    title: '2号楼外墙渗水维修',
    status: 'final',
    finalAt: '2026-11-20T02:00:00Z',
    scope: { kind: 'building' },
    scopeText: '2号楼',
    results: [motionResult('m5', 5, true), motionResult('m9', 9, true), motionResult('m5-lost', 5, false)],
    ...over,
  })
  const code = (m: AuthorityMeeting | undefined, motionId: string) => {
    const a = fundAuthorityOf(m, motionId)
    return 'code' in a ? a.code : 'ok'
  }

  it('a passed, final type-5 motion of a building’s vote, which the operating account would refuse', () => {
    expect(assertAuthority(meeting(), 'm5', fundAuthorityOf)).toMatchObject({ motionId: 'm5', matterType: 5 })
    expect(() => assertAuthority(meeting(), 'm5')).toThrow(expect.objectContaining({ code: 'MotionScoped' }))
  })

  it('refuses type 9, a lost motion, a preliminary result and a meeting of another compound', () => {
    expect(code(meeting(), 'm9')).toBe('MotionNotAuthorising')
    expect(code(meeting(), 'm5-lost')).toBe('MotionNotPassed')
    expect(code(meeting({ finalAt: undefined, status: 'preliminary' }), 'm5')).toBe('MotionNotFinal')
    expect(code(undefined, 'm5')).toBe('MotionNotFound')
  })
})
