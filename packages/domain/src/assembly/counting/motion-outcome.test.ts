import type { MotionResult } from '@jiayuan/contracts'
import { sealedExport } from '../meeting/meeting-fixtures'
import { motionOutcome } from './motion-outcome'

const exp = sealedExport(5, [
  ['o1', 'yes', 1],
  ['o2', 'yes', 2],
  ['o3', 'yes', 3],
  ['o4', 'yes', 4],
])
const results: MotionResult[] = exp.results.map((r) => ({ ...r, title: r.motionId }))

describe('motionOutcome (F3 reads V10 results)', () => {
  it('answers only once a result is published, and says whether it is final', () => {
    expect(motionOutcome({ status: 'closed', results }, 'm1')).toBeUndefined()
    expect(motionOutcome({ status: 'preliminary', results }, 'm9')).toBeUndefined()
    const m1 = results.find((r) => r.motionId === 'm1')
    if (!m1) throw new Error('fixture')
    expect(motionOutcome({ status: 'preliminary', results }, 'm1')).toEqual({
      matterType: 1,
      passed: m1.raw.passed,
      final: false,
    })
    expect(motionOutcome({ status: 'final', results }, 'm1')).toMatchObject({ final: true })
  })

  it('counts the deemed tally where 从众 applies', () => {
    const delivered = sealedExport(5, [['o1', 'yes', 1]], ['o2', 'o3', 'o4', 'o5']).results.map((r) => ({
      ...r,
      title: r.motionId,
    }))
    const m1 = delivered.find((r) => r.motionId === 'm1')
    if (!m1?.deemed) throw new Error('fixture: 从众 gives a deemed tally')
    const flipped = delivered.map((r) => (r === m1 ? { ...r, raw: { ...r.raw, passed: !m1.deemed?.passed } } : r))
    expect(motionOutcome({ status: 'final', results: flipped }, 'm1')?.passed).toBe(m1.deemed.passed)
  })
})
