import { Conflict, Unavailable } from '@jiayuan/domain'
import { errorResponse } from './errors'

describe('errorResponse', () => {
  it('answers Unavailable with 503, its retry hint in the body and as Retry-After', () => {
    const logged: unknown[] = []
    const res = errorResponse(new Unavailable('LedgerUnavailable', '账本暂时无法记账，请过几秒再试', 2), (e) =>
      logged.push(e),
    )
    expect(res).toEqual({
      status: 503,
      body: {
        error: {
          code: 'LedgerUnavailable',
          message: '账本暂时无法记账，请过几秒再试',
          details: { retryAfterSeconds: 2 },
        },
      },
      headers: { 'retry-after': '2' },
    })
    expect(logged).toEqual([expect.objectContaining({ level: 'warn', code: 'LedgerUnavailable' })])
  })

  it('sends no Retry-After with other named errors', () => {
    expect(errorResponse(new Conflict('TicketAlreadyClaimed', '已被认领'), () => undefined)).toEqual({
      status: 409,
      body: { error: { code: 'TicketAlreadyClaimed', message: '已被认领' } },
    })
  })
})
