import { ItemMissing, PostingRejected, StoreUnavailable, WriteRefused } from '@jiayuan/db'
import { errorResponse } from './errors'

const answer = (err: unknown) => errorResponse(err, () => undefined)

describe('outcomes of packages/db as answers', () => {
  it('answers a missing item with 404 naming it', () => {
    expect(answer(new ItemMissing('ticket'))).toMatchObject({
      status: 404,
      body: { error: { code: 'NotFound', message: '工单不存在' } },
    })
  })

  it('answers a refused write with its rule: 409 for a race, 422 for a limit, with the details', () => {
    expect(answer(new WriteRefused('MeetingChanged'))).toMatchObject({
      status: 409,
      body: { error: { code: 'MeetingChanged' } },
    })
    expect(answer(new WriteRefused('ProxyCapReached', { cap: 3 }))).toMatchObject({
      status: 422,
      body: { error: { code: 'ProxyCapReached', details: { field: 'body.holderUserId', cap: 3 } } },
    })
    expect(answer(new WriteRefused('WorkerCapReached', { openCount: 5, cap: 5 }))).toMatchObject({
      status: 422,
      body: { error: { code: 'WorkerCapReached', details: { openCount: 5, cap: 5 } } },
    })
  })

  it('answers a busy store with 503 and a retry hint, and a refused ledger write with 409', () => {
    expect(answer(new StoreUnavailable('LedgerBusy', 2))).toMatchObject({
      status: 503,
      headers: { 'retry-after': '2' },
      body: { error: { code: 'LedgerBusy', message: '账本正忙，请过几秒再试' } },
    })
    expect(answer(new PostingRejected(0))).toMatchObject({
      status: 409,
      body: { error: { code: 'LedgerWriteConflict' } },
    })
  })
})
