import { eventBodyBytes } from './make-handler'

/** The Lambda's 413 is decided on the event's body before it is decoded (issue 15 item 8). */
describe('eventBodyBytes', () => {
  it('counts UTF-8 bytes of a text body and decoded bytes of a base64 one', () => {
    expect(eventBodyBytes({})).toBe(0)
    expect(eventBodyBytes({ body: null })).toBe(0)
    expect(eventBodyBytes({ body: '{"a":"家园"}' })).toBe(14)
    const raw = Buffer.alloc(3000, 1)
    expect(eventBodyBytes({ body: raw.toString('base64'), isBase64Encoded: true })).toBe(3000)
    expect(eventBodyBytes({ body: 'x'.repeat(7 * 1024 * 1024) })).toBeGreaterThan(6 * 1024 * 1024)
  })
})
