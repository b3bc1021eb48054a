import { formatTicketNumber, parseTicketNumber, ticketDay, ticketPrefix } from './number'

describe('ticket numbers (DOMAIN T11)', () => {
  it('uses the compound short code, else two letters of its id, the same every time', () => {
    expect(ticketPrefix('hexie-garden', { ticketPrefix: 'HX' })).toBe('HX')
    expect(ticketPrefix('hexie-garden', {})).toBe('HE')
    expect(ticketPrefix('c-1', {})).toBe('CT')
    expect(ticketPrefix('12345', {})).toBe('TK')
  })

  it('dates a number by the Shanghai day of submission', () => {
    expect(ticketDay('2026-12-02T15:59:59.999Z')).toBe('20261202')
    expect(ticketDay('2026-12-02T16:00:00.000Z')).toBe('20261203')
  })

  it('writes and reads the number as a person says it', () => {
    expect(formatTicketNumber('HX', '20261202', 7)).toBe('HX-20261202-007')
    expect(formatTicketNumber('HX', '20261202', 1234)).toBe('HX-20261202-1234')
    expect(parseTicketNumber(' hx-20261202-007 ')).toEqual({ day: '20261202', seq: 7 })
    expect(parseTicketNumber('20261202-7')).toEqual({ day: '20261202', seq: 7 })
    expect(parseTicketNumber('HX-20261202-000')).toBeUndefined()
    expect(parseTicketNumber('HX-2026120-007')).toBeUndefined()
  })
})
