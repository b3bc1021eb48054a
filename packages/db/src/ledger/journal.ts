import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntry, LedgerMonth } from '@jiayuan/contracts'
import { LEDGER_GENESIS_HASH, shanghaiMonth } from '@jiayuan/domain'
import type { Db } from '../client'
import { idFromKey, keys } from '../keys'
import { batchGetAll, queryAll } from '../query-all'
import { LINE_MARK_FIELDS, LINE_MARK_TYPE, toLineMark, type LineMark } from './line-marks'
import { heldCopies } from '../held-copies'
import { projection } from '../projection'

/** The head of a compound's chain, with the running balances kept beside it (recomputable, see README). */
export interface ChainHead {
  seq: number
  headHash: string
  balances: Record<string, number>
  /** The first seq the month totals count (month-totals.ts); 1 when they cover the whole chain. */
  totalsFrom?: number
}

const FIELDS = [
  'entryId',
  'compoundId',
  'seq',
  'postedAt',
  'kind',
  'memo',
  'counterparty',
  'legs',
  'reverses',
  'billId',
  'attachments',
  'reference',
  'valueDate',
  'prevHash',
  'hash',
] as const

/** Those of `fields` the item has, in their order. */
function pickFields(item: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) if (item[field] !== undefined) out[field] = item[field]
  return out
}

/** The entry exactly as it was hashed: the table's own attributes (keys, `postedBy`) stay behind. */
export function toJournalEntry(item: Record<string, unknown>): JournalEntry {
  return pickFields(item, FIELDS) as unknown as JournalEntry
}

export function entryItem(compoundId: string, entry: JournalEntry, meta: { actorId: string; unitRef?: string }) {
  return {
    ...keys.entry(compoundId, entry.seq),
    ...keys.entryByMonth(compoundId, shanghaiMonth(entry.postedAt), entry.seq),
    ...(meta.unitRef ? keys.entryByUnit(compoundId, meta.unitRef, entry.seq) : {}),
    type: 'journal_entry',
    ...entry,
    postedBy: meta.actorId,
  }
}

export function toChainHead(item: Record<string, unknown> | undefined): ChainHead {
  if (!item) return { seq: 0, headHash: LEDGER_GENESIS_HASH, balances: {} }
  return {
    seq: Number(item.seq),
    headHash: String(item.headHash),
    balances: (item.balances ?? {}) as Record<string, number>,
    ...(item.totalsFrom === undefined ? {} : { totalsFrom: Number(item.totalsFrom) }),
  }
}

export async function readChainHead(db: Db, compoundId: string): Promise<ChainHead> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.chainHead(compoundId), ConsistentRead: true }),
  )
  return toChainHead(out.Item)
}

export async function getEntry(db: Db, compoundId: string, seq: number): Promise<JournalEntry | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.entry(compoundId, seq), ConsistentRead: true }),
  )
  return out.Item ? toJournalEntry(out.Item) : undefined
}

export async function readEntryById(db: Db, compoundId: string, entryId: string): Promise<JournalEntry | undefined> {
  const id = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.entryId(compoundId, entryId), ConsistentRead: true }),
  )
  return id.Item ? getEntry(db, compoundId, Number(id.Item.seq)) : undefined
}

/** Entries with `afterSeq < seq ≤ toSeq` in seq order, at most `limit`: the export and inclusion proofs. */
export async function readChain(
  db: Db,
  compoundId: string,
  afterSeq: number,
  limit: number,
  toSeq = 9_999_999_999,
): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = []
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.journalPartition(compoundId),
          ':from': keys.entrySk(afterSeq + 1),
          ':to': keys.entrySk(toSeq),
        },
        ConsistentRead: true,
        Limit: limit - entries.length,
        ExclusiveStartKey: start,
      }),
    )
    entries.push(...(out.Items ?? []).map(toJournalEntry))
    start = out.LastEvaluatedKey
  } while (start && entries.length < limit)
  return entries
}

/** Every entry filed under a ledger month (GSI1), in seq order. */
export async function entriesOfMonth(db: Db, compoundId: string, month: LedgerMonth): Promise<JournalEntry[]> {
  const { GSI1PK } = keys.entryByMonth(compoundId, month, 0)
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI1PK },
  })
  // The month's partition also files each entry's mark (LG26) right after it.
  return items.filter(isEntryItem).map(toJournalEntry)
}

const isEntryItem = (item: Record<string, unknown>) => item.type === 'journal_entry'

/**
 * What a ledger line shows of its entry (apps/api ledger/line-views.ts): a month's page reads only these, with
 * the marks' own fields, not the chain's links (`prevHash`) or the table's keys. The line's code takes this type,
 * so a field it starts to show that is not listed here does not compile.
 */
export const LINE_ENTRY_FIELDS = FIELDS.filter(
  (f): f is Exclude<(typeof FIELDS)[number], 'compoundId' | 'prevHash'> => f !== 'compoundId' && f !== 'prevHash',
)
export type LineEntry = Pick<JournalEntry, (typeof LINE_ENTRY_FIELDS)[number]>

const LINE_PAGE_FIELDS = projection(['type', ...LINE_ENTRY_FIELDS, ...LINE_MARK_FIELDS])

const toLineEntry = (item: Record<string, unknown>) => pickFields(item, LINE_ENTRY_FIELDS) as unknown as LineEntry

/**
 * One page of a ledger month's entries (LG4) with their marks (LG26): at most `limit` entries, and whether more
 * follow. Oldest first, those after seq `from`; newest first, those before it (`from` absent: from the start or
 * the end). Each entry has at most one mark, sorting right after it (`E#<seq>#MARK`): unfiltered, one Query
 * (`GSI1SK > E#<from>#MARK` or `< E#<from>`) whose `Limit` is one more than the page's entries plus the marks this
 * instance expects among them (`itemsFor`: as many as the entries until it has read a page of the month); a page
 * whose marks outnumber the guess is completed by a further Query from where the first stopped. With `keep` (a
 * kind or category filter), further Queries from where the last one stopped until the page is full or the month
 * ends. Newest first a mark comes before its entry,
 * oldest first after it but before the next entry: either way every entry on the page has its mark read. Entries
 * appended while a reader pages take seqs above every seq already read, so the pages never repeat or skip one.
 */
export async function entriesOfMonthPage(
  db: Db,
  compoundId: string,
  month: LedgerMonth,
  page: { from?: number; newestFirst?: boolean; limit: number; keep?: (entry: LineEntry) => boolean },
): Promise<{ entries: LineEntry[]; marks: Map<number, LineMark>; more: boolean }> {
  const { GSI1PK } = keys.entryByMonth(compoundId, month, 0)
  const newest = page.newestFirst === true
  const found: LineEntry[] = []
  const marks = new Map<number, LineMark>()
  // Oldest first after a cursor, past the last entry read and its mark too.
  const from =
    page.from === undefined
      ? keys.entrySk(newest ? 9_999_999_999 : 0)
      : newest
        ? keys.entrySk(page.from)
        : keys.lineMarkByMonth(compoundId, month, page.from).GSI1SK
  const done = (more: boolean) => {
    const entries = found.slice(0, page.limit)
    const seqs = new Set(entries.map((e) => e.seq))
    for (const seq of marks.keys()) if (!seqs.has(seq)) marks.delete(seq)
    return { entries, marks, more }
  }
  let start: Record<string, unknown> | undefined
  let entriesRead = 0
  let marksRead = 0
  for (;;) {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI1',
        KeyConditionExpression: newest ? 'GSI1PK = :pk AND GSI1SK < :from' : 'GSI1PK = :pk AND GSI1SK > :from',
        ExpressionAttributeValues: { ':pk': GSI1PK, ':from': from },
        ScanIndexForward: !newest,
        ...LINE_PAGE_FIELDS,
        Limit: page.keep
          ? Math.max(200, 2 * (page.limit + 1))
          : itemsFor(GSI1PK, page.limit + 1 - found.length, entriesRead === 0),
        ExclusiveStartKey: start,
      }),
    )
    for (const item of out.Items ?? []) {
      if (item.type === LINE_MARK_TYPE) {
        marksRead++
        marks.set(Number(item.seq), toLineMark(item))
        continue
      }
      if (!isEntryItem(item)) continue
      entriesRead++
      const e = toLineEntry(item)
      if (!page.keep || page.keep(e)) found.push(e)
      if (found.length > page.limit) {
        learnMarks(GSI1PK, entriesRead, marksRead)
        return done(true)
      }
    }
    start = out.LastEvaluatedKey
    if (!start) {
      learnMarks(GSI1PK, entriesRead, marksRead)
      return done(false)
    }
  }
}

/**
 * Marks per entry in the last page this instance read of each month (bank-confirmed and reversed entries carry
 * one; most months' payments are confirmed, public income and months before the bank import are not), for the
 * next page's `Limit`. Months least recently read are forgotten first.
 */
const markShares = heldCopies<number>(1_000)

function learnMarks(month: string, entries: number, marks: number): void {
  if (entries > 0) markShares.set(month, Math.min(1, marks / entries))
}

/**
 * Items to ask for to read `entries` more entries with their marks: the entries, and the marks expected among
 * them with room for a few more (a month not read yet: one each). On the first Query of a page only; the
 * Query completing a page whose guess fell short asks for twice what it still lacks, as if every entry had one.
 */
function itemsFor(month: string, entries: number, first: boolean): number {
  const share = first ? markShares.get(month) : undefined
  if (share === undefined) return 2 * entries
  return entries + Math.min(entries, Math.ceil(entries * share) + Math.ceil(entries / 8))
}

export async function entriesOfMonths(
  db: Db,
  compoundId: string,
  months: readonly LedgerMonth[],
): Promise<JournalEntry[]> {
  const all = await Promise.all(months.map((m) => entriesOfMonth(db, compoundId, m)))
  return all.flat().sort((a, b) => a.seq - b.seq)
}

/** A unit's bill-linked entries by its ledger reference (GSI2), in seq order. */
export async function entriesOfUnit(db: Db, compoundId: string, unitRef: string): Promise<JournalEntry[]> {
  const { GSI2PK } = keys.entryByUnit(compoundId, unitRef, 0)
  const items = await queryAll(db, {
    IndexName: 'GSI2',
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI2PK },
  })
  return items.map(toJournalEntry)
}

/** Seq of each given entry id that is on the chain: BatchGet of the id items, 100 at a time. */
export async function seqsOfEntryIds(
  db: Db,
  compoundId: string,
  entryIds: readonly string[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>()
  for (const item of await batchGetAll(
    db,
    entryIds.map((id) => keys.entryId(compoundId, id)),
  )) {
    const entryId = idFromKey(item.SK, keys.entryIdPrefix)
    if (entryId !== undefined) found.set(entryId, Number(item.seq))
  }
  return found
}
