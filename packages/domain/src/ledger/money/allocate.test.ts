import { allocateByWeight } from './allocate'
import { seededRandom } from '../../seeded-random'

describe('allocateByWeight', () => {
  it('splits by weight and always adds up to the total', () => {
    expect(
      allocateByWeight(100, [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
        { id: 'c', weight: 1 },
      ]).map((p) => p.fen),
    ).toEqual([34, 33, 33])
    const rng = seededRandom(5)
    for (let n = 0; n < 200; n++) {
      const parts = Array.from({ length: 1 + Math.floor(rng() * 6) }, (_, i) => ({
        id: i,
        weight: Math.floor(rng() * 1_000_000) + 1,
      }))
      const total = Math.floor(rng() * 10_000_000)
      const out = allocateByWeight(total, parts)
      expect(out.reduce((s, p) => s + p.fen, 0)).toBe(total)
      for (const p of out)
        expect(Math.abs(p.fen - (total * p.weight) / parts.reduce((s, x) => s + x.weight, 0))).toBeLessThan(1)
    }
  })

  it('refuses weights that are all zero', () => {
    expect(() => allocateByWeight(10, [{ weight: 0 }])).toThrow(expect.objectContaining({ code: 'InvalidAmount' }))
  })
})
