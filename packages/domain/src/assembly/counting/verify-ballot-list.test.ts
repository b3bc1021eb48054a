import type { MeetingExport } from '@jiayuan/contracts'
import { ballotChainEntry } from '../ballots/ballot-chain'
import { sealedExport } from '../meeting/meeting-fixtures'
import type { Cast } from '../meeting/meeting-fixtures'
import { verifyBallotList, verifyMeetingExport } from './verify-ballot-list'

const casts: Cast[] = [
  ['o1', 'yes', 1],
  ['o2', 'no', 2],
  ['o3', 'yes', 3, 'proxy'],
  ['o3', 'abstain', 4, 'online', 2],
  ['o4', 'yes', 5],
]
const checks = (exp: MeetingExport) => verifyMeetingExport(exp).problems.map((p) => p.check)

describe('verifying a published ballot list (DOMAIN V10, V11)', () => {
  it('accepts an untouched export, with and without 从众', () => {
    expect(verifyMeetingExport(sealedExport(5, casts))).toMatchObject({
      ok: true,
      problems: [],
      checked: { entries: 10, motions: 2, rollHash: true },
    })
    expect(verifyMeetingExport(sealedExport(5, casts, ['o5'])).ok).toBe(true)
    expect(verifyMeetingExport(sealedExport(3, [])).ok).toBe(true)
  })

  it('finds an edited choice: the chain breaks at that entry and its receipt no longer matches', () => {
    const exp = sealedExport(5, casts)
    const third = exp.entries[2]
    if (!third) throw new Error('fixture')
    exp.entries[2] = { ...third, payload: { ...third.payload, choice: third.payload.choice === 'yes' ? 'no' : 'yes' } }
    const report = verifyMeetingExport(exp)
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'chain', seq: 3 }),
        expect.objectContaining({ check: 'receipt', seq: 3 }),
      ]),
    )
  })

  it('finds a rewritten chain by its receipts, head and tally', () => {
    const exp = sealedExport(5, casts)
    let prev = '0'.repeat(64)
    exp.entries = exp.entries.map((e) => {
      const forged = ballotChainEntry(
        prev,
        e.payload.choice === 'no' ? { ...e.payload, choice: 'yes' as const } : e.payload,
      )
      prev = forged.hash
      return forged
    })
    expect(checks(exp)).toEqual(expect.arrayContaining(['receipt', 'head', 'tally']))
  })

  it('finds a dropped ballot, a changed result, a re-weighed roll and a roll hash that does not match', () => {
    const dropped = sealedExport(5, casts)
    dropped.entries.splice(1, 1)
    expect(checks(dropped)).toEqual(expect.arrayContaining(['chain', 'seq']))

    const result = sealedExport(5, casts)
    const first = result.results[0]
    if (!first) throw new Error('fixture')
    result.results[0] = { ...first, raw: { ...first.raw, yesHeads: first.raw.yesHeads + 1 } }
    expect(checks(result)).toEqual(['tally'])

    const reweighed = sealedExport(5, casts)
    reweighed.publicRoll = reweighed.publicRoll.map((r, i) => (i === 0 ? { ...r, area: r.area + 1 } : r))
    expect(checks(reweighed)).toContain('public_roll')

    const roll = sealedExport(5, casts)
    roll.rollHash = 'f'.repeat(64)
    expect(checks(roll)).toEqual(['roll_hash'])
  })

  it('refuses ballots outside the window', () => {
    const late = sealedExport(5, casts)
    late.window = { ...late.window, closesAt: '2025-03-01T00:03:00.000Z' }
    expect(
      verifyBallotList(late)
        .problems.filter((p) => p.check === 'window')
        .map((p) => p.seq),
    ).toEqual([5, 6, 7, 8, 9, 10])
  })
})
