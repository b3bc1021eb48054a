import type { Membership } from '@jiayuan/contracts'
import { keys } from './keys'
import { cachedMembership, forgetMembershipsWrittenBy, rememberMembership } from './membership-cache'

const member = (compoundId: string): Membership => ({
  compoundId,
  compoundName: '小区',
  roles: ['resident'],
  gridIds: [],
  unitIds: [],
})

describe('membership copies forget only on writes', () => {
  const setUp = () => {
    const client = {}
    rememberMembership(client, 'u1', member('c1'))
    rememberMembership(client, 'u2', member('c1'))
    return client
  }
  const kept = (client: object) => ['u1', 'u2'].filter((u) => cachedMembership(client, u, 'c1') !== undefined)

  it('keeps every copy when a membership is read (the access check’s fresh GetItem)', () => {
    const client = setUp()
    forgetMembershipsWrittenBy(client, { Key: keys.membership('u3', 'c1') }, 'GetItemCommand')
    forgetMembershipsWrittenBy(client, { Key: keys.membership('u3', 'c1') }, 'GetCommand')
    expect(kept(client)).toEqual(['u1', 'u2'])
  })

  it('forgets them all when a membership is written, alone or in a transaction', () => {
    const update = setUp()
    forgetMembershipsWrittenBy(update, { Key: keys.membership('u3', 'c1') }, 'UpdateCommand')
    expect(kept(update)).toEqual([])
    const put = setUp()
    forgetMembershipsWrittenBy(put, { TransactItems: [{ Put: { Item: keys.membership('u3', 'c1') } }] })
    expect(kept(put)).toEqual([])
  })

  it('keeps them when something else is written', () => {
    const client = setUp()
    forgetMembershipsWrittenBy(client, { Key: keys.ticket('c1', 't1') }, 'UpdateCommand')
    expect(kept(client)).toEqual(['u1', 'u2'])
  })
})
