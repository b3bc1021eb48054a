import { heldCopies } from './held-copies'

describe('what a warm instance holds', () => {
  it('drops the least recently used once the weight passes the most, a read counting as a use', () => {
    const held = heldCopies<string[]>(5, (v) => v.length)
    held.set('a', ['1', '2'])
    held.set('b', ['1', '2'])
    expect(held.get('a')).toEqual(['1', '2'])
    // 2 + 2 + 2 = 6 > 5: the least recently used, b, goes.
    held.set('c', ['1', '2'])
    expect([held.get('a'), held.get('b'), held.get('c')]).toEqual([['1', '2'], undefined, ['1', '2']])
    // Replacing a copy counts its new weight only; deleting frees its weight.
    held.set('a', ['1'])
    held.set('d', ['1', '2'])
    expect([held.get('a'), held.get('c'), held.get('d')]).toEqual([['1'], ['1', '2'], ['1', '2']])
    held.delete('c')
    held.set('e', ['1', '2'])
    expect([held.get('a'), held.get('d'), held.get('e')]).toEqual([['1'], ['1', '2'], ['1', '2']])
  })

  it('holds a falsy value as a copy', () => {
    const held = heldCopies<number>(2)
    held.set('zero', 0)
    expect(held.get('zero')).toBe(0)
  })
})
