import { plainCopy } from './plain-copy'

it('copies plain items deeply, and sets, bytes and dates by structuredClone', () => {
  const item = {
    name: '和谐家园',
    settings: { sla: [{ category: 'repair', minutes: [30, 120] }], grids: ['a'], empty: null, off: false },
    tags: new Set(['x', 'y']),
    bytes: new Uint8Array([1, 2, 3]),
    at: new Date('2026-12-04T00:00:00Z'),
  }
  const copy = plainCopy(item)
  // Compared field by field: under jest, what structuredClone makes belongs to another realm than `item`.
  expect(copy.name).toBe(item.name)
  expect(copy.settings).toEqual(item.settings)
  expect(copy.settings).not.toBe(item.settings)
  expect([...copy.tags]).toEqual(['x', 'y'])
  expect(Array.from(copy.bytes)).toEqual([1, 2, 3])
  expect(copy.at.getTime()).toBe(item.at.getTime())
  copy.settings.sla.forEach((rule) => rule.minutes.push(240))
  copy.settings.grids.push('b')
  copy.tags.add('z')
  copy.bytes[0] = 9
  expect(item.settings.sla.map((rule) => rule.minutes)).toEqual([[30, 120]])
  expect(item.settings.grids).toEqual(['a'])
  expect([...item.tags]).toEqual(['x', 'y'])
  expect(item.bytes[0]).toBe(1)
  expect(copy.at).not.toBe(item.at)
})
