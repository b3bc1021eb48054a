import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Compound, CompoundSettings, Grid } from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import { eventPut } from './events'
import { toEntity } from './items'
import { ItemMissing } from './outcomes'

export async function getCompound(db: Db, compoundId: string): Promise<Compound> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.compound(compoundId) }))
  const compound = toEntity<Compound>(out.Item)
  if (!compound) throw new ItemMissing('compound')
  return compound
}

export async function putCompound(db: Db, compound: Compound): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.compound(compound.compoundId),
        ...keys.compoundIndex(compound.compoundId, compound.community),
        ...keys.compoundNameIndex(compound.compoundId, compound.name),
        type: 'compound',
        ...compound,
      },
    }),
  )
}

/** Compounds whose name starts with `prefix`, in name order (GSI2 `COMPOUND_NAMES`): the join page's search. */
export async function searchCompoundsByName(db: Db, prefix: string, limit: number): Promise<Compound[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      // DynamoDB refuses an empty begins_with: no prefix lists from the start.
      KeyConditionExpression: prefix ? 'GSI2PK = :pk AND begins_with(GSI2SK, :prefix)' : 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': 'COMPOUND_NAMES', ...(prefix ? { ':prefix': prefix } : {}) },
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<Compound>(i)).filter((c): c is Compound => c !== undefined)
}

export async function updateSettings(
  db: Db,
  compoundId: string,
  settings: CompoundSettings,
  actor: { userId: string; reason: string; at: string },
): Promise<Compound> {
  const current = await getCompound(db, compoundId)
  const next = { ...current, settings }
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.table,
            Item: {
              ...keys.compound(compoundId),
              ...keys.compoundIndex(compoundId, current.community),
              type: 'compound',
              ...next,
            },
            ConditionExpression: 'attribute_exists(PK)',
          },
        },
        eventPut(db, {
          compoundId,
          action: 'compound.settings_changed',
          actorId: actor.userId,
          at: actor.at,
          subject: compoundId,
          reason: actor.reason,
          data: { before: current.settings },
        }),
      ],
    }),
  )
  return next
}

export async function listGrids(db: Db, compoundId: string): Promise<Grid[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :g)',
      ExpressionAttributeValues: { ':pk': keys.compound(compoundId).PK, ':g': keys.gridPrefix },
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<Grid>(i) as Grid)
}

export async function putGrid(
  db: Db,
  compoundId: string,
  grid: Grid,
  actor: { userId: string; at: string },
): Promise<Grid> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: db.table, Item: { ...keys.grid(compoundId, grid.gridId), type: 'grid', ...grid } } },
        eventPut(db, {
          compoundId,
          action: 'grid.saved',
          actorId: actor.userId,
          at: actor.at,
          subject: grid.gridId,
          data: { buildingIds: grid.buildingIds },
        }),
      ],
    }),
  )
  return grid
}
