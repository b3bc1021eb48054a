import { setTimeout as sleep } from 'node:timers/promises'
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Ticket } from '@jiayuan/contracts'
import { AccessChanged, heldAccessOf, type HeldAccess } from '../access-guard'
import { GroupCommitQueue, type Waiting } from '../group-commit'
import type { Db } from '../client'
import { keys } from '../keys'
import { WriteRefused } from '../outcomes'
import { cancellationCodes, itemKey, writeText, type TransactItem } from '../transact'
import { numberPointerPut, type TicketNumbering } from './numbers'
import { SHARD_REVISION } from './queue-summary'

/** How a birth ended: the ticket made with its number, or nothing made because its id was already taken. */
export type Birth = { created: true; ticket: Ticket } | { created: false }

interface Pending extends Waiting<Birth> {
  ticket: Ticket
  /** The ticket's own writes once numbered: the ticket, its event, month pointer, outbox work, queue entry. */
  writes: (numbered: Ticket) => TransactItem[]
  access: HeldAccess | undefined
}

/** Whose an item of a batch is, so a refusal by position reaches the request it concerns. */
type Owner = { role: 'counter' } | { role: 'own' | 'pointer' | 'access'; of: Pending[] }

const MAX_ITEMS = 100
const MAX_TRIES = 40

/**
 * Makes tickets with their number in one transaction each (DOMAIN T11: the day's sequence, with no gaps), so a
 * ticket is never seen without its number and a report costs one write. The transaction holds
 *   the day's counter (`seq = :read`, or absent for the first of the day), set to the last number it gives,
 *   each ticket's own writes, its ticket `attribute_not_exists` (the id comes from the idempotency key, so a
 *   retry finds the first instead of making a second),
 *   each number's lookup pointer (TK20, `attribute_not_exists`),
 *   and each request's access check, when its route carries it in its transaction (access-guard.ts).
 * A number is taken only with the ticket it names: a refused or failed write takes none, so the numbers stay
 * 1, 2, 3… whatever fails or is retried. Two writers that read the same counter cannot both commit: the loser
 * reads it again and tries again.
 *
 * Reports of one compound and day queue in this process and go out in groups (group commit), as many as fit one
 * transaction, so concurrent reports in one process never race each other for the counter; an item two reports
 * both write (their grid's queue shard, one person's access check) is written once for both where that is the
 * same write, else the second waits for the next group. The counter read is kept between groups: a write made
 * by another process since shows as a refused counter, which is read again.
 */
class TicketBirths extends GroupCommitQueue<Pending> {
  /** The counter as this process last read or wrote it. */
  private last: number | undefined
  private solo = false

  constructor(
    private readonly db: Db,
    private readonly compoundId: string,
    private readonly day: string,
    private readonly label: (seq: number) => string,
  ) {
    super()
  }

  add(pending: Omit<Pending, 'resolve' | 'reject'>): Promise<Birth> {
    return new Promise<Birth>((resolve, reject) => this.enqueue({ ...pending, resolve, reject }))
  }

  /**
   * Not a race (throttled, unreachable, refused as invalid): the front report answers for it; its retry, with the
   * same idempotency key, makes it once. The counter is read again before the next group.
   */
  protected failFront(err: unknown): unknown {
    this.last = undefined
    return err
  }

  private async readCounter(): Promise<number> {
    const out = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.table,
        Key: keys.ticketNumberCounter(this.compoundId, this.day),
        ConsistentRead: true,
      }),
    )
    return Number(out.Item?.seq ?? 0)
  }

  /** Commits the front of the queue, or settles reports that cannot be made; loops until one of the two. */
  protected async commitNext(): Promise<void> {
    for (let tries = 1; ; tries++) {
      const last = this.last ?? (await this.readCounter())
      const { batch, items, owners } = this.takeBatch(last)
      if (batch.length === 0) return
      if (tries > MAX_TRIES) {
        this.settle(batch, (p) => p.reject(new WriteRefused('TicketBusy')))
        return
      }
      try {
        await this.db.doc.send(new TransactWriteCommand({ TransactItems: items }))
      } catch (err) {
        this.last = last
        if (await this.sortOut(err, batch, owners)) continue
        await sleep(Math.floor(Math.random() * 10 * Math.min(tries, 8)))
        continue
      }
      this.last = last + batch.length
      this.solo = false
      this.settle(batch, (p, i) => {
        p.access?.hold()
        p.resolve({ created: true, ticket: { ...p.ticket, number: this.label(last + i + 1) } })
      })
      return
    }
  }

  /**
   * The front of the queue numbered from `last + 1`, as many as fit one transaction. A report whose writes would
   * touch an item already in the group differently waits for the next group; the same write (one grid shard's
   * entries, one person's check) is made once.
   */
  private takeBatch(last: number): { batch: Pending[]; items: TransactItem[]; owners: Owner[] } {
    const batch: Pending[] = []
    const counter: TransactItem = {
      Update: {
        TableName: this.db.table,
        Key: keys.ticketNumberCounter(this.compoundId, this.day),
        UpdateExpression: 'SET seq = :next, #type = :type',
        ConditionExpression: last === 0 ? 'attribute_not_exists(seq)' : 'seq = :last',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':next': last,
          ':type': 'ticket_number_counter',
          ...(last === 0 ? {} : { ':last': last }),
        },
      },
    }
    const items: TransactItem[] = [counter]
    const owners: Owner[] = [{ role: 'counter' }]
    const at = new Map<string, number>([[itemKey(counter), 0]])
    for (const pending of this.queue) {
      if (batch.length > 0 && this.solo) break
      const seq = last + batch.length + 1
      const numbered = { ...pending.ticket, number: this.label(seq) }
      const mine: Array<{ item: TransactItem; role: 'own' | 'pointer' | 'access' }> = [
        ...pending.writes(numbered).map((item) => ({ item, role: 'own' as const })),
        { item: numberPointerPut(this.db, this.compoundId, this.day, seq, pending.ticket.ticketId), role: 'pointer' },
        ...(pending.access ? [{ item: pending.access.guard, role: 'access' as const }] : []),
      ]
      // Where each of its items goes: a new place, or joined with the group's write of the same item.
      const placed: Array<{ index: number; item: TransactItem }> = []
      let fits = true
      let added = 0
      for (const { item } of mine) {
        const index = at.get(itemKey(item))
        if (index === undefined) {
          added += 1
          continue
        }
        const joined = joinWrites(items[index] as TransactItem, item)
        if (!joined) {
          fits = false
          break
        }
        placed.push({ index, item: joined })
      }
      if (!fits || items.length + added > MAX_ITEMS) continue
      batch.push(pending)
      for (const { index, item } of placed) {
        items[index] = item
        const owner = owners[index]
        if (owner && owner.role !== 'counter') owner.of.push(pending)
      }
      for (const { item, role } of mine) {
        const key = itemKey(item)
        if (at.has(key)) continue
        at.set(key, items.length)
        items.push(item)
        owners.push({ role, of: [pending] })
      }
      const update = counter.Update
      if (update?.ExpressionAttributeValues) update.ExpressionAttributeValues[':next'] = seq
    }
    return { batch, items, owners }
  }

  /**
   * Sorts out a cancelled group by what refused: a counter moved by another process is read again; a report
   * whose id is taken is answered so (its caller reads the ticket made before); a report whose person's access
   * changed is answered AccessChanged (the API decides again on a fresh read); a conflict is tried again.
   * Returns true when the next try may go at once (something changed), false to wait a moment first.
   */
  private async sortOut(err: unknown, batch: readonly Pending[], owners: readonly Owner[]): Promise<boolean> {
    const codes = cancellationCodes(err)
    if (!codes) {
      if ((err as { name?: string }).name === 'ValidationException' && batch.length > 1) {
        // Deterministic: find the report it belongs to by going one at a time.
        this.solo = true
        return true
      }
      throw err
    }
    let changed = false
    if (codes[0] === 'ConditionalCheckFailed') {
      this.last = await this.readCounter()
      changed = true
    }
    const refused = (role: 'own' | 'pointer' | 'access', code: string) =>
      new Set(
        owners.flatMap((o, i) => (o.role === role && codes[i] === code ? o.of : [])).filter((p) => batch.includes(p)),
      )
    const taken = refused('own', 'ConditionalCheckFailed')
    const changedAccess = new Set([
      ...refused('access', 'ConditionalCheckFailed'),
      ...refused('access', 'TransactionConflict'),
    ])
    // A pointer refused while the counter held: the numbers ran ahead of the counter (a write outside this
    // path); the counter is read again and the report tried again, within its tries.
    if (refused('pointer', 'ConditionalCheckFailed').size > 0) this.last = undefined
    for (const p of changedAccess) this.settle([p], (q) => q.reject(new AccessChanged()))
    for (const p of taken) if (!changedAccess.has(p)) this.settle([p], (q) => q.resolve({ created: false }))
    return changed || taken.size > 0 || changedAccess.size > 0
  }
}

/** The attributes a SET-only, unconditional update assigns, as name → value; undefined for any other write. */
function assignments(item: TransactItem): Map<string, unknown> | undefined {
  const u = item.Update
  if (!u || u.ConditionExpression) return undefined
  const m = /^SET\s+(.*)$/.exec(u.UpdateExpression ?? '')
  if (!m?.[1]) return undefined
  const out = new Map<string, unknown>()
  for (const clause of m[1].split(',')) {
    const parts = /^\s*(#\w+)\s*=\s*(:\w+)\s*$/.exec(clause)
    const name = parts?.[1] ? u.ExpressionAttributeNames?.[parts[1]] : undefined
    if (!parts?.[2] || name === undefined || !u.ExpressionAttributeValues) return undefined
    out.set(name, u.ExpressionAttributeValues[parts[2]])
  }
  return out
}

/**
 * One write doing what two writes of the same item do, or undefined when they cannot be one: the same check
 * (one person's access), or two unconditional SETs of different attributes (two tickets' entries on one shard,
 * each with the shard's fresh revision: one is kept).
 */
export function joinWrites(a: TransactItem, b: TransactItem): TransactItem | undefined {
  if (a.ConditionCheck && b.ConditionCheck) return writeText(a) === writeText(b) ? a : undefined
  const first = assignments(a)
  const second = assignments(b)
  const update = a.Update
  if (!first || !second || !update) return undefined
  for (const [name, value] of second) {
    // A shard's revision is a fresh token: either one marks the shard changed.
    if (name === SHARD_REVISION && first.has(name)) continue
    if (first.has(name) && JSON.stringify(first.get(name)) !== JSON.stringify(value)) return undefined
    first.set(name, value)
  }
  const names: Record<string, string> = {}
  const values: Record<string, unknown> = {}
  const clauses = [...first].map(([name, value], i) => {
    names[`#a${i}`] = name
    values[`:a${i}`] = value
    return `#a${i} = :a${i}`
  })
  return {
    Update: {
      TableName: update.TableName,
      Key: update.Key,
      UpdateExpression: `SET ${clauses.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  }
}

/** Queues per database client, then per compound and day (two stacks in one process never share one). */
const births = new WeakMap<Db, Map<string, TicketBirths>>()

/**
 * Makes `ticket` (unnumbered, at version 1) with the next number of its compound and day and `writes`, its own
 * items given the numbered ticket. `db` may carry the caller's access check (access-guard.ts): it rides in the
 * transaction that makes the ticket.
 */
export function bearTicket(
  db: Db,
  ticket: Ticket,
  numbering: TicketNumbering,
  writes: (numbered: Ticket) => TransactItem[],
): Promise<Birth> {
  const access = heldAccessOf(db)
  const base = access?.base ?? db
  const { day, label } = numbering(ticket.submittedAt)
  let byDay = births.get(base)
  if (!byDay) {
    byDay = new Map()
    births.set(base, byDay)
  }
  const id = `${ticket.compoundId}|${day}`
  let queue = byDay.get(id)
  if (!queue) {
    // A new day's first report: the days before it keep no queue once idle (a long-running local server).
    for (const [other, q] of byDay) if (!other.endsWith(`|${day}`) && q.idle) byDay.delete(other)
    queue = new TicketBirths(base, ticket.compoundId, day, label)
    byDay.set(id, queue)
  }
  return queue.add({ ticket, writes, access })
}
