import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { batchGetAll } from './query-all'

type Key = { PK: string; SK: string }

/**
 * A table of `stored` items that answers BatchGetItem as DynamoDB does, leaving the last key of each of the first
 * `throttled` requests unprocessed (DynamoDB Local never throttles, so the retry is shown here).
 */
function fakeDb(stored: readonly Key[], throttled: number) {
  const requests: Array<{ Keys: Key[]; ConsistentRead?: boolean; ProjectionExpression?: string }> = []
  const send = async (command: BatchGetCommand) => {
    const asked = command.input.RequestItems?.t as (typeof requests)[number]
    if (asked.Keys.length > 100) throw new Error('ValidationException: more than 100 keys')
    if (new Set(asked.Keys.map((k) => `${k.PK}|${k.SK}`)).size !== asked.Keys.length)
      throw new Error('ValidationException: duplicate keys')
    requests.push(asked)
    const left = requests.length <= throttled ? asked.Keys.slice(-1) : []
    const answered = asked.Keys.filter((k) => !left.includes(k))
    return {
      Responses: { t: stored.filter((s) => answered.some((k) => k.PK === s.PK && k.SK === s.SK)) },
      ...(left.length ? { UnprocessedKeys: { t: { Keys: left } } } : {}),
    }
  }
  return { db: { table: 't', doc: { send } } as unknown as Db, requests }
}

const key = (i: number): Key => ({ PK: 'P', SK: `S#${i}` })

describe('batchGetAll', () => {
  it('asks 100 keys at a time, each key once, and returns the items that exist', async () => {
    const stored = Array.from({ length: 250 }, (_, i) => key(i)).filter((_, i) => i % 2 === 0)
    const { db, requests } = fakeDb(stored, 0)
    const wanted = [...Array.from({ length: 250 }, (_, i) => key(i)), key(3), key(4)]
    const items = await batchGetAll(db, wanted)
    expect(requests.map((r) => r.Keys.length)).toEqual([100, 100, 50])
    expect(items.map((i) => i.SK).sort()).toEqual(stored.map((s) => s.SK).sort())
  })

  it('asks again for the keys DynamoDB left unprocessed, with the same projection and read', async () => {
    const stored = [key(1), key(2), key(3)]
    const { db, requests } = fakeDb(stored, 2)
    const items = await batchGetAll(db, stored, { consistent: true, fields: { ProjectionExpression: 'SK' } })
    expect(items.map((i) => i.SK).sort()).toEqual(['S#1', 'S#2', 'S#3'])
    expect(requests.map((r) => r.Keys.length)).toEqual([3, 1, 1])
    expect(requests.every((r) => r.ConsistentRead === true && r.ProjectionExpression === 'SK')).toBe(true)
  })

  it('makes no request for no keys', async () => {
    const { db, requests } = fakeDb([], 0)
    expect(await batchGetAll(db, [])).toEqual([])
    expect(requests).toHaveLength(0)
  })
})
