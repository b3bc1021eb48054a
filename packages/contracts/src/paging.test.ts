import { cursorOf, decodeCursor, encodeCursor, pageLimit } from './paging'

describe('page cursors', () => {
  it('round-trip every sort key shape, of every length', () => {
    for (const key of ['E#0000000012', 'U#b1-1-101', 'L#b8-001#o8-1', 'B#x', 'O#ab', 'IMPORT#' + 'f'.repeat(64)])
      for (let n = 1; n <= key.length; n++) expect(decodeCursor(encodeCursor(key.slice(0, n)))).toBe(key.slice(0, n))
  })

  it('is base64url, and matches Node’s encoding of the same text', () => {
    const c = encodeCursor('L#b8-001#o8-1')
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(c).toBe(Buffer.from('v1|L#b8-001#o8-1').toString('base64url'))
  })

  it('refuses what is not one of ours', () => {
    expect(decodeCursor('abc')).toBeUndefined()
    expect(decodeCursor('a')).toBeUndefined()
    expect(decodeCursor('a/b+')).toBeUndefined()
    expect(decodeCursor(Buffer.from('v2|E#1').toString('base64url'))).toBeUndefined()
    expect(decodeCursor(Buffer.from('v1|E#\u00ff').toString('base64url'))).toBeUndefined()
    const ledger = cursorOf(/^E#\d{10}$/)
    expect(ledger.safeParse(encodeCursor('E#0000000001')).success).toBe(true)
    expect(ledger.safeParse(encodeCursor('U#u1')).success).toBe(false)
    expect(ledger.safeParse('').success).toBe(false)
  })

  it('bounds the page size and fills in the phone’s', () => {
    const limit = pageLimit(30, 100)
    expect(limit.parse(undefined)).toBe(30)
    expect(limit.parse('100')).toBe(100)
    for (const bad of ['0', '101', '2.5', 'x', '-1']) expect(limit.safeParse(bad).success).toBe(false)
  })
})
