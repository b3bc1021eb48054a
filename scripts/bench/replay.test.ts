import { keyId } from '@jiayuan/db'
import {
  copiedKeys,
  laneCopy,
  replacedKeys,
  replayable,
  replayedItem,
  type Item,
  type MadeCall,
  type Sending,
} from './replay'

/** A sending in `lane`, numbered `n`, where `flip` alternates as the replay's does. */
const at = (lane: number, n: number, existing: string[] = [], before: Item[] = []): Sending => {
  const flipped = new Set<string>()
  return {
    lane,
    n,
    existing: new Set(existing),
    before: new Map(before.map((item) => [keyId(item), item])),
    flip: (key) => {
      const now = flipped.has(key)
      if (now) flipped.delete(key)
      else flipped.add(key)
      return now
    },
  }
}

const T = 'jiayuan'
const claim: MadeCall = {
  command: 'TransactWriteItems',
  input: {
    TransactItems: [
      {
        Put: {
          TableName: T,
          Item: { PK: 'C#1', SK: 'TICKET#t1', GSI1PK: 'Q#open', GSI1SK: 'x', ver: 3 },
          ConditionExpression: 'ver = :v',
          ExpressionAttributeValues: { ':v': 2 },
        },
      },
      {
        Update: {
          TableName: T,
          Key: { PK: 'C#1', SK: 'LOAD#w1' },
          UpdateExpression: 'SET openCount = if_not_exists(openCount, :zero) + :one',
          ConditionExpression: 'attribute_not_exists(openCount) OR openCount < :cap',
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':cap': 5 },
        },
      },
      {
        Put: {
          TableName: T,
          Item: { PK: 'C#1', SK: 'TICKET#t1#EV#4' },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      {
        ConditionCheck: {
          TableName: T,
          Key: { PK: 'U#u1', SK: 'MEMBER#C#1' },
          ConditionExpression: 'ver = :m',
          ExpressionAttributeValues: { ':m': 7 },
        },
      },
    ],
  },
}
const items = claim.input.TransactItems as Array<Record<string, never>>

describe('sending a request’s calls again (calls alone as made)', () => {
  it('moves an item’s table and index partitions to the lane’s own, keeping its sort keys', () => {
    expect(laneCopy({ PK: 'C#1', SK: 'S', GSI1PK: 'G', GSI1SK: 'g', GSI2PK: 'H', n: 1 }, 3)).toEqual({
      PK: 'R3#C#1',
      SK: 'S',
      GSI1PK: 'R3#G',
      GSI1SK: 'g',
      GSI2PK: 'R3#H',
      n: 1,
    })
  })

  it('replaces the copy of an item put in place, without the condition that holds only once', () => {
    const put = replayedItem(items[0] ?? {}, at(2, 5)).Put
    expect(put).toEqual({
      TableName: T,
      Item: { PK: 'R2#C#1', SK: 'TICKET#t1', GSI1PK: 'R2#Q#open', GSI1SK: 'x', ver: 3 },
    })
  })

  it('alternates a replaced item between how it stood and how the route put it, so its index entries move each time', () => {
    const before = { PK: 'C#1', SK: 'TICKET#t1', GSI1PK: 'Q#submitted', GSI1SK: 'x', ver: 2 }
    const sending = at(0, 0, [], [before])
    const partitions = [0, 1, 2].map(() => replayedItem(items[0] ?? {}, sending).Put?.Item?.GSI1PK)
    expect(partitions).toEqual(['R0#Q#open', 'R0#Q#submitted', 'R0#Q#open'])
    expect(replacedKeys('TransactWriteItems', claim.input)).toEqual([{ PK: 'C#1', SK: 'TICKET#t1' }])
  })

  it('updates the copy with its update expression and only the placeholders that expression uses', () => {
    const update = replayedItem(items[1] ?? {}, at(0, 0)).Update
    expect(update?.ConditionExpression).toBeUndefined()
    expect(update?.Key).toEqual({ PK: 'R0#C#1', SK: 'LOAD#w1' })
    expect(update?.ExpressionAttributeValues).toEqual({ ':zero': 0, ':one': 1 })
  })

  it('puts a new item each time where the route puts a new item, still conditioned on its being new', () => {
    const first = replayedItem(items[2] ?? {}, at(1, 0)).Put
    const second = replayedItem(items[2] ?? {}, at(1, 1)).Put
    expect(first?.Item?.SK).not.toEqual(second?.Item?.SK)
    expect(first?.ConditionExpression).toBe('attribute_not_exists(PK)')
  })

  it('checks the copy is there when the item was, and absent when it was not', () => {
    const there = replayedItem(items[3] ?? {}, at(0, 0, ['U#u1|MEMBER#C#1'])).ConditionCheck
    const absent = replayedItem(items[3] ?? {}, at(0, 0)).ConditionCheck
    expect(there).toEqual({
      TableName: T,
      Key: { PK: 'R0#U#u1', SK: 'MEMBER#C#1' },
      ConditionExpression: 'attribute_exists(PK)',
    })
    expect(absent?.ConditionExpression).toBe('attribute_not_exists(PK)')
  })

  it('copies beforehand the items acted on in place, not the new ones', () => {
    expect(copiedKeys([claim])).toEqual([
      { PK: 'C#1', SK: 'TICKET#t1' },
      { PK: 'C#1', SK: 'LOAD#w1' },
      { PK: 'U#u1', SK: 'MEMBER#C#1' },
    ])
  })

  it('sends again reads and writes, not a scan', () => {
    expect(replayable([{ command: 'Query', input: {} }, claim])).toBe(true)
    expect(replayable([{ command: 'Scan', input: {} }])).toBe(false)
    expect(replayable([])).toBe(false)
  })
})
