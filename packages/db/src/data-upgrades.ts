import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { isConditionFailure } from './items'
import { keys } from './keys'
import { listGrids } from './compounds'
import { backfillLineMarks } from './ledger/line-marks-backfill'
import { backfillStaffIndex } from './staff-index-backfill'
import { backfillMineIndex } from './tickets/mine-index-backfill'
import { backfillQueueSummary } from './tickets/queue-summary'
import { listCompoundsForJobs } from './tickets/jobs'

/**
 * The shape the table's items follow. Bump it when keys or index attributes change in a way old items do not
 * follow, and add the upgrade that brings old items along to DATA_UPGRADES (ticket index keys, 2026-11, and
 * compounds indexed by community id, 2026-12, came before upgrades existed: format 3 is the oldest upgraded).
 */
export const DATA_FORMAT = 6
export const OLDEST_UPGRADABLE_FORMAT = 3

export interface DataUpgrade {
  /** The format the table reaches once this and the other upgrades to it have run for every compound. */
  to: number
  what: string
  /** Idempotent: run again on an upgraded compound it changes nothing. Answers how many items it wrote. */
  run(db: Db, compoundId: string): Promise<number>
}

export const DATA_UPGRADES: readonly DataUpgrade[] = [
  {
    to: 4,
    what: '我的报修: own reports and follows in the person’s index (TK4)',
    run: async (db, cid) => (await backfillMineIndex(db, cid)).indexed,
  },
  {
    to: 4,
    what: 'ledger lines: the marks of bank matches and reversals (LG26)',
    run: async (db, cid) => (await backfillLineMarks(db, cid)).marks,
  },
  {
    to: 5,
    what: 'the compound’s staff in its staff index (ID9a)',
    run: async (db, cid) => (await backfillStaffIndex(db, cid)).indexed,
  },
  {
    to: 6,
    what: '网格工单: each grid’s open tickets in its queue summary (TK23)',
    run: async (db, cid) =>
      backfillQueueSummary(
        db,
        cid,
        (await listGrids(db, cid)).map((g) => g.gridId),
      ),
  },
]

export async function readDataFormat(db: Db): Promise<number | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.dataFormat(), ConsistentRead: true }))
  return out.Item ? Number(out.Item.format) : undefined
}

/** Moves the recorded format forward only: a slower run of an older upgrade never moves it back. */
export async function recordDataFormat(db: Db, format: number, at: Date): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.dataFormat(), type: 'data_format', format, at: at.toISOString() },
        ConditionExpression: 'attribute_not_exists(PK) OR #f < :f',
        ExpressionAttributeNames: { '#f': 'format' },
        ExpressionAttributeValues: { ':f': format },
      }),
    )
  } catch (err) {
    if (!isConditionFailure(err)) throw err
  }
}

export interface UpgradeReport {
  from: number
  to: number
  steps: Array<{ what: string; to: number; compounds: number; items: number }>
}

export class DataTooOld extends Error {}
export class DataTooNew extends Error {}

/**
 * Brings every compound's items to DATA_FORMAT: the upgrades past the recorded format, one format at a time,
 * each for every compound, the format recorded after each (a run stopped midway starts again from there; the
 * upgrades are idempotent). A table with no record is taken to be at `assumeFrom` (the local data folder's
 * marker), else at the oldest format upgraded: running an upgrade that was not needed writes what is there.
 * Run after each deploy (infra: the DataUpgrade trigger) and by `npm start` on a kept data folder.
 */
export async function upgradeData(
  db: Db,
  options: { assumeFrom?: number; now?: () => Date; log?: (line: string) => void } = {},
): Promise<UpgradeReport> {
  const now = options.now ?? (() => new Date())
  const recorded = await readDataFormat(db)
  const from = recorded ?? options.assumeFrom ?? OLDEST_UPGRADABLE_FORMAT
  if (from > DATA_FORMAT)
    throw new DataTooNew(`the data is in format ${from}, written by a newer Jiayuan than this one (${DATA_FORMAT})`)
  if (from < OLDEST_UPGRADABLE_FORMAT)
    throw new DataTooOld(
      `the data is in format ${from}; the oldest this Jiayuan upgrades is ${OLDEST_UPGRADABLE_FORMAT}`,
    )
  const steps: UpgradeReport['steps'] = []
  const pending = DATA_UPGRADES.filter((u) => u.to > from)
  const compounds = pending.length === 0 ? [] : await listCompoundsForJobs(db)
  for (let format = from + 1; format <= DATA_FORMAT; format++) {
    for (const upgrade of pending.filter((u) => u.to === format)) {
      let items = 0
      for (const compound of compounds) items += await upgrade.run(db, compound.compoundId)
      steps.push({ what: upgrade.what, to: format, compounds: compounds.length, items })
      options.log?.(`data format ${format}: ${upgrade.what}: ${items} items in ${compounds.length} compounds`)
    }
    await recordDataFormat(db, format, now())
  }
  if (recorded === undefined && from === DATA_FORMAT) await recordDataFormat(db, DATA_FORMAT, now())
  return { from, to: DATA_FORMAT, steps }
}
