import type { VotingRoll } from '@jiayuan/contracts'
import { rollHash } from './roll-hash'

const roll: VotingRoll = {
  parkingAreaCounts: false,
  subjects: [
    {
      subjectId: 'a',
      kind: 'owner',
      area: 300,
      units: [
        { unitId: 'u1', area: 100, areaCounts: true },
        { unitId: 'u2', area: 200, areaCounts: true },
      ],
    },
    { subjectId: 'b', kind: 'owner', area: 50, units: [{ unitId: 'u3', area: 50, areaCounts: true }] },
  ],
}

describe('rollHash', () => {
  it('is 64 lowercase hex digits and stable across key and array order', () => {
    const shuffled: VotingRoll = {
      subjects: [...roll.subjects]
        .reverse()
        .map((s) => ({ units: [...s.units].reverse(), area: s.area, kind: s.kind, subjectId: s.subjectId })),
      parkingAreaCounts: false,
    }
    expect(rollHash(roll)).toMatch(/^[0-9a-f]{64}$/)
    expect(rollHash(shuffled)).toBe(rollHash(roll))
  })

  it('changes with any area, unit, subject or setting', () => {
    const base = rollHash(roll)
    expect(rollHash({ ...roll, parkingAreaCounts: true })).not.toBe(base)
    expect(rollHash({ ...roll, subjects: roll.subjects.slice(1) })).not.toBe(base)
    const [first, ...rest] = roll.subjects
    if (!first) throw new Error('fixture')
    expect(rollHash({ ...roll, subjects: [{ ...first, area: 301 }, ...rest] })).not.toBe(base)
  })
})
