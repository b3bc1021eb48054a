import type { TransactItem } from '../transact'
import { SHARD_REVISION } from './queue-summary'
import { joinWrites } from './ticket-births'

const shardSet = (ticketId: string, entry: string, revision = `r-${ticketId}`): TransactItem => ({
  Update: {
    TableName: 't',
    Key: { PK: 'C#c-1#TQ#grid-a', SK: 'S#07' },
    UpdateExpression: 'SET #e = :e, #type = :type, #rev = :rev',
    ExpressionAttributeNames: { '#e': `t:${ticketId}`, '#type': 'type', '#rev': SHARD_REVISION },
    ExpressionAttributeValues: { ':e': entry, ':type': 'ticket_queue_shard', ':rev': revision },
  },
})

const check = (roles: string[]): TransactItem => ({
  ConditionCheck: {
    TableName: 't',
    Key: { PK: 'USER#u-1', SK: 'MEM#c-1' },
    ConditionExpression: '#g0 = :g0',
    ExpressionAttributeNames: { '#g0': 'roles' },
    ExpressionAttributeValues: { ':g0': new Set(roles) },
  },
})

describe('one write for two reports’ writes of one item (ticket-births.ts)', () => {
  it('sets two tickets’ entries on one shard in one update, the shared attribute and one revision once', () => {
    const joined = joinWrites(shardSet('t-1', '{"a":1}'), shardSet('t-2', '{"b":2}'))
    const u = joined?.Update
    expect(u?.Key).toEqual({ PK: 'C#c-1#TQ#grid-a', SK: 'S#07' })
    const set = Object.fromEntries(
      (u?.UpdateExpression ?? '')
        .replace(/^SET /, '')
        .split(', ')
        .map((c) => c.split(' = '))
        .map(([n, v]) => [u?.ExpressionAttributeNames?.[n ?? ''], u?.ExpressionAttributeValues?.[v ?? '']]),
    )
    expect(set).toEqual({ 't:t-1': '{"a":1}', type: 'ticket_queue_shard', qrev: 'r-t-1', 't:t-2': '{"b":2}' })
  })

  it('refuses to join what cannot be one write', () => {
    // One attribute set to two values.
    expect(joinWrites(shardSet('t-1', '{"a":1}'), shardSet('t-1', '{"a":2}'))).toBeUndefined()
    // A conditional write, or a removal.
    const conditional = { Update: { ...shardSet('t-2', 'x').Update, ConditionExpression: 'attribute_exists(PK)' } }
    expect(joinWrites(shardSet('t-1', 'x'), conditional as TransactItem)).toBeUndefined()
    const removal = { Update: { ...shardSet('t-2', 'x').Update, UpdateExpression: 'REMOVE #e' } }
    expect(joinWrites(shardSet('t-1', 'x'), removal as TransactItem)).toBeUndefined()
    // Two different checks of one person's access (sets compared by content, not as `{}`).
    expect(joinWrites(check(['resident']), check(['resident', 'grid_worker']))).toBeUndefined()
    expect(joinWrites(check(['resident']), check(['resident']))).toEqual(check(['resident']))
    // Two puts of one item (one ticket id twice: the second waits for the next group).
    const put: TransactItem = { Put: { TableName: 't', Item: { PK: 'a', SK: 'b' } } }
    expect(joinWrites(put, put)).toBeUndefined()
  })
})
