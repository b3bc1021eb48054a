import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Compound, CompoundSettings, Grid } from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import { eventPut } from './events'
import { newId, toEntity } from './items'
import { ItemMissing, WriteRefused } from './outcomes'
import { isCancelledByCondition } from './transact'
import { sharedRollPart } from './roll-cache'
import { plainCopy } from './plain-copy'
import { queueReadyPut } from './tickets/queue-summary'

/**
 * How long a warm instance keeps a compound's item (its settings) before reading it again. A change made by this
 * instance is seen at once (the writer forgets its copy); one made by another instance within this many ms.
 */
export const COMPOUND_CACHE_MS = 5_000

/**
 * Compound items read lately by this instance, per client and compound, with when they were read. Per client, not
 * per table name: a process that starts one local stack after another (the journeys) must not read the last
 * stack's compounds.
 */
const copies = new WeakMap<object, Map<string, { compound: Compound; readAt: number }>>()
// Keyed by the SDK client, which every Db of one stack shares (a write route's guarded Db too: access-guard.ts).
function copiesOf(db: Db) {
  let map = copies.get(db.raw)
  if (!map) copies.set(db.raw, (map = new Map()))
  return map
}

/** Forget this instance's copy of a compound: every write of its item calls it. */
export function forgetCompound(db: Db, compoundId: string): void {
  copiesOf(db).delete(compoundId)
}

/** The compound item as stored now (GetItem): writers read this, never the cached copy. */
export async function readCompound(db: Db, compoundId: string): Promise<Compound> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.compound(compoundId) }))
  const compound = toEntity<Compound>(out.Item)
  if (!compound) throw new ItemMissing('compound')
  copiesOf(db).set(compoundId, { compound: plainCopy(compound), readAt: Date.now() })
  return compound
}

/**
 * A compound with its settings, as every request reads it (ID1): from this instance's copy while it is younger
 * than `COMPOUND_CACHE_MS`, else one GetItem. The copy is the whole item as one read returned it, so a request
 * never sees half of one settings version and half of another.
 */
export async function getCompound(db: Db, compoundId: string): Promise<Compound> {
  const hit = copiesOf(db).get(compoundId)
  // A copy, so a caller that changes what it was given never changes what the next request reads.
  if (hit && Date.now() - hit.readAt < COMPOUND_CACHE_MS) return plainCopy(hit.compound)
  return readCompound(db, compoundId)
}

export async function putCompound(db: Db, compound: Compound): Promise<void> {
  forgetCompound(db, compound.compoundId)
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.compound(compound.compoundId),
        ...keys.compoundIndex(compound.compoundId, compound.communityId ?? compound.community),
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
  const current = await readCompound(db, compoundId)
  const next = { ...current, settings }
  const changeId = newId()
  forgetCompound(db, compoundId)
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.table,
            Item: {
              ...keys.compound(compoundId),
              ...keys.compoundIndex(compoundId, current.communityId ?? current.community),
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
        {
          Put: {
            TableName: db.table,
            Item: {
              ...keys.settingsChange(compoundId, actor.at, changeId),
              type: 'settings_change',
              changeId,
              at: actor.at,
              actorId: actor.userId,
              reason: actor.reason,
              before: current.settings,
              after: settings,
            },
          },
        },
      ],
    }),
  )
  forgetCompound(db, compoundId)
  return next
}

export interface StoredSettingsChange {
  changeId: string
  at: string
  actorId: string
  reason: string
  before: CompoundSettings
  after: CompoundSettings
}

/** The settings change log, newest first (ID24). */
export async function listSettingsChanges(db: Db, compoundId: string, limit = 50): Promise<StoredSettingsChange[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.settingsLogPartition(compoundId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<StoredSettingsChange>(i) as StoredSettingsChange)
}

export async function listGrids(db: Db, compoundId: string): Promise<Grid[]> {
  return (await gridItems(db, compoundId)).map((i) => toEntity<Grid>(i) as Grid)
}

async function gridItems(db: Db, compoundId: string): Promise<Record<string, unknown>[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :g)',
      ExpressionAttributeValues: { ':pk': keys.compound(compoundId).PK, ':g': keys.gridPrefix },
    }),
  )
  return out.Items ?? []
}

/**
 * The grids as a new report is routed by them (DOMAIN T3, ID3): this instance's copy from the last
 * `ROLL_CACHE_MS` (roll-cache.ts; a grid saved on this instance is seen at once), else `listGrids`. Whoever
 * changes grids, or checks a change against them, reads `listGrids`.
 */
export async function routingGrids(db: Db, compoundId: string): Promise<Grid[]> {
  const items = await sharedRollPart(db, compoundId, 'GRID#', () => gridItems(db, compoundId))
  return items.map((i) => toEntity<Grid>(i) as Grid)
}

/**
 * Saves a grid with its event. `read` is every grid as the caller's check saw them: each is conditioned on its
 * building list being unchanged (or still absent), so two admins assigning one building to two grids at once
 * cannot both succeed; the loser is refused `GridChanged`.
 */
export async function putGrid(
  db: Db,
  compoundId: string,
  grid: Grid,
  read: readonly Grid[],
  actor: { userId: string; at: string },
): Promise<Grid> {
  const previous = read.find((g) => g.gridId === grid.gridId)
  const guards = read
    .filter((g) => g.gridId !== grid.gridId)
    .map((g) => ({
      ConditionCheck: {
        TableName: db.table,
        Key: keys.grid(compoundId, g.gridId),
        ConditionExpression: 'buildingIds = :b',
        ExpressionAttributeValues: { ':b': g.buildingIds },
      },
    }))
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.grid(compoundId, grid.gridId), type: 'grid', ...grid },
              ...(previous
                ? { ConditionExpression: 'buildingIds = :b', ExpressionAttributeValues: { ':b': previous.buildingIds } }
                : { ConditionExpression: 'attribute_not_exists(PK)' }),
            },
          },
          eventPut(db, {
            compoundId,
            action: previous ? 'grid.saved' : 'grid.created',
            actorId: actor.userId,
            at: actor.at,
            subject: grid.gridId,
            data: { name: grid.name, buildingIds: grid.buildingIds, ...(previous ? { before: previous } : {}) },
          }),
          ...guards,
          // A new grid holds no ticket: its queue summary (TK23) is whole from the start.
          ...(previous ? [] : [queueReadyPut(db, compoundId, grid.gridId)]),
        ],
      }),
    )
  } catch (err) {
    if (isCancelledByCondition(err)) throw new WriteRefused('GridChanged', { gridId: grid.gridId })
    throw err
  }
  return grid
}
