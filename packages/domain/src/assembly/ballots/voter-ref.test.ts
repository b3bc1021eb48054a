import { ballotReceipt, proxyRef, voterRef } from './voter-ref'

describe('voter references and receipts (DOMAIN V11, P3)', () => {
  it('names the owner only when ballots are named; otherwise a stable per-meeting pseudonym', () => {
    expect(voterRef('s1', 'o-lijianguo', true)).toBe('o-lijianguo')
    const ref = voterRef('s1', 'o-lijianguo', false)
    expect(ref).toMatch(/^v[0-9a-f]{19}$/)
    expect(voterRef('s1', 'o-lijianguo', false)).toBe(ref)
    expect(voterRef('s2', 'o-lijianguo', false)).not.toBe(ref)
    expect(proxyRef('s1', 'u-1')).toMatch(/^p[0-9a-f]{19}$/)
  })

  it('changes the receipt with any field of the ballot', () => {
    const b = {
      motionId: 'm1',
      subjectId: 'v1',
      choice: 'yes' as const,
      channel: 'online' as const,
      castAt: '2025-03-01T00:00:00.000Z',
      version: 1,
    }
    const r = ballotReceipt('mtg', b)
    expect(r).toMatch(/^[0-9a-f]{64}$/)
    expect(ballotReceipt('mtg', { ...b, choice: 'no' })).not.toBe(r)
    expect(ballotReceipt('mtg', { ...b, version: 2 })).not.toBe(r)
    expect(ballotReceipt('other', b)).not.toBe(r)
  })
})
