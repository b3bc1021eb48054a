import { writtenKeys } from './written-keys'

describe('writtenKeys: the items a command writes, as the client middleware sees them', () => {
  const unit = { PK: 'C#c1#ROLL', SK: 'U#u1' }
  it('names the items of puts, updates, deletes, transactions and batches, marshalled or not', () => {
    expect(writtenKeys({ Item: { ...unit, label: '1-1-101' } }, 'PutItemCommand')).toEqual([unit])
    expect(writtenKeys({ Key: { PK: { S: unit.PK }, SK: { S: unit.SK } } }, 'UpdateItemCommand')).toEqual([unit])
    expect(writtenKeys({ Key: unit }, 'DeleteCommand')).toEqual([unit])
    expect(
      writtenKeys({ TransactItems: [{ Put: { Item: unit } }, { Update: { Key: { PK: 'E', SK: 'x' } } }] }),
    ).toEqual([unit, { PK: 'E', SK: 'x' }])
    expect(
      writtenKeys({ RequestItems: { t: [{ PutRequest: { Item: unit } }, { DeleteRequest: { Key: unit } }] } }),
    ).toEqual([unit, unit])
  })

  it('a GetItem’s key is a read, not a write; unknown commands count a key as written', () => {
    expect(writtenKeys({ Key: unit }, 'GetItemCommand')).toEqual([])
    expect(writtenKeys({ Key: unit }, 'GetCommand')).toEqual([])
    expect(writtenKeys({ Key: unit })).toEqual([unit])
    expect(writtenKeys({ KeyConditionExpression: 'PK = :pk' }, 'QueryCommand')).toEqual([])
    expect(writtenKeys(undefined)).toEqual([])
  })
})
