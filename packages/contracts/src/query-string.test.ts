import { withQuery } from './query-string'

describe('withQuery', () => {
  it('encodes keys and values and joins them', () => {
    expect(withQuery('/pages/vote/meeting/index', { id: 'm 1', seq: 12, open: true })).toBe(
      '/pages/vote/meeting/index?id=m%201&seq=12&open=true',
    )
  })

  it('leaves out unset values and the "?" when nothing is left', () => {
    expect(withQuery('/v1/tickets', { status: undefined, q: '' })).toBe('/v1/tickets')
    expect(withQuery('/v1/tickets')).toBe('/v1/tickets')
  })
})
