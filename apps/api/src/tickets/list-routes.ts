import { decodeCursor, encodeCursor, tickets, type SlaRule, type Ticket, type TicketStatus } from '@jiayuan/contracts'
import {
  QUEUE_ENTRY_FIELDS,
  getCompound,
  listTicketsInStatuses,
  readQueueSummary,
  type TicketFields,
} from '@jiayuan/db'
import {
  Forbidden,
  InvalidInput,
  POOL_STATUSES,
  DAY_MS,
  compareUrgency,
  isTicketPooled,
  pageByUrgency,
  ticketDeadline,
  urgencyAt,
  urgencyFromPosition,
  urgencyKey,
  urgencyPosition,
  type NextDeadline,
  type UrgencyKey,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { NOT_CLOSED, RECENTLY_CLOSED_DAYS, viewTicket } from './context'

interface ListFilter {
  status?: TicketStatus
  awaitingDispatch?: 'true' | 'false'
}

/** The statuses a list filter asks for: one, the dispatch pool's, or every one but closed. */
const statusesOf = (filter: ListFilter): readonly TicketStatus[] =>
  filter.status ? [filter.status] : filter.awaitingDispatch === 'true' ? POOL_STATUSES : NOT_CLOSED

/** Whether a ticket is one a list filter asks for: its status, and waiting for dispatch when that is asked. */
function matching(filter: ListFilter): (t: Pick<Ticket, 'status' | 'dispatchQueuedAt'>) => boolean {
  const statuses = new Set(statusesOf(filter))
  const awaiting = filter.awaitingDispatch === 'true'
  return (t) => statuses.has(t.status) && (!awaiting || t.dispatchQueuedAt !== undefined)
}

/**
 * Tickets of some grids (`null` = held by no grid; absent = every grid) by status: one GSI1 Query of the
 * compound's open tickets (packages/db T3), and one of those closed in the last 30 days when asked. No Scan.
 * With `fields`, only those of each ticket.
 */
async function listForGrids<K extends keyof Ticket>(
  deps: Deps,
  compoundId: string,
  gridIds: readonly (string | null)[] | undefined,
  filter: ListFilter,
  now: Date,
  fields?: readonly K[],
): Promise<TicketFields<K | 'dispatchQueuedAt'>[]> {
  const statuses = statusesOf(filter)
  const since = new Date(now.getTime() - RECENTLY_CLOSED_DAYS * DAY_MS).toISOString()
  const query = { since, ...(gridIds === undefined ? {} : { gridIds }) }
  const found = fields
    ? await listTicketsInStatuses(deps.db, compoundId, statuses, { ...query, fields: [...fields, 'dispatchQueuedAt'] })
    : await listTicketsInStatuses(deps.db, compoundId, statuses, query)
  return filter.awaitingDispatch === 'true' ? found.filter(matching(filter)) : found
}

type QueueRow = TicketFields<(typeof QUEUE_ENTRY_FIELDS)[number]>

/**
 * A worker's backlog, each ticket with what its row shows and what orders and counts it: from the grids' queue
 * summaries (TK23, one consistent Query a grid) when a page of open tickets is asked and every grid's summary is
 * whole; else every ticket read with those fields (TK3).
 */
async function readBacklog(
  deps: Deps,
  compoundId: string,
  grids: readonly string[],
  filter: ListFilter,
  now: Date,
  paged: boolean,
): Promise<QueueRow[]> {
  const entries = paged && filter.status !== 'closed' ? await readQueueSummary(deps.db, compoundId, grids) : undefined
  if (entries === undefined) return listForGrids(deps, compoundId, grids, filter, now, QUEUE_ENTRY_FIELDS)
  return entries.filter(matching(filter))
}

/**
 * Each summary entry's next deadline, kept while it holds (domain `nextDeadline`'s `steadyFrom`: no pause
 * running, no recorded time after the instant asked). The summary's entries are shared, frozen objects (the copy
 * in queue-summary.ts), each standing for its ticket at one version, so the deadline found on one read serves
 * every later read of that entry, until the ticket changes (a new entry) or the compound's SLA table does (its
 * text, compared on each use). A grid of 600 open tickets is ordered on every read of its queue.
 */
const keptDeadlines = new WeakMap<object, { table: string; deadline: NextDeadline | null }>()

/** A row's overdue flag and remaining minutes at `asOf` (domain `ticketDeadline`), from its kept deadline where it holds. */
function urgencyOf(ticket: QueueRow, table: readonly SlaRule[], tableText: string, asOf: Date) {
  const kept = keptDeadlines.get(ticket)
  const from = kept?.deadline?.steadyFrom
  if (kept && kept.table === tableText && (kept.deadline === null || (from !== undefined && from <= asOf.getTime())))
    return kept.deadline && urgencyAt(kept.deadline.nextBy, asOf)
  const deadline = ticketDeadline(ticket, table, asOf)
  if (Object.isFrozen(ticket)) keptDeadlines.set(ticket, { table: tableText, deadline })
  return deadline && urgencyAt(deadline.nextBy, asOf)
}

/** Where a queue page starts: the instant its order was taken at, and the last row before it (none on page one). */
function queueStart(cursor: string | undefined, now: Date): { asOf: Date; after?: UrgencyKey } {
  if (cursor === undefined) return { asOf: now }
  const [asOf = '', ...rest] = (decodeCursor(cursor) ?? '').split('~')
  const after = urgencyFromPosition(rest.join('~'))
  if (!after)
    throw new InvalidInput('query.cursor: 翻页标记无效，请从第一页重新加载', [
      { field: 'query.cursor', message: '翻页标记无效，请从第一页重新加载' },
    ])
  return { asOf: new Date(Number(asOf)), after }
}

export const listRoutes = [
  // A worker sees only the grids they serve (DOMAIN P2).
  route(tickets.gridQueue, async (ctx) => {
    const { compoundId } = ctx.params
    const { gridId, view = 'all', cursor, limit, ...filter } = ctx.query
    if (gridId !== undefined && !ctx.member.gridIds.includes(gridId)) throw new Forbidden('你不负责这个网格')
    const { asOf, after } = queueStart(cursor, ctx.now)
    const grids = gridId === undefined ? ctx.member.gridIds : [gridId]
    const [{ settings }, found] = await Promise.all([
      getCompound(ctx.deps.db, compoundId),
      readBacklog(ctx.deps, compoundId, grids, filter, ctx.now, limit !== undefined),
    ])
    const userId = ctx.caller?.userId
    const pool = found.filter((t) => isTicketPooled(t.status))
    const mine = found.filter((t) => t.assigneeId !== undefined && t.assigneeId === userId)
    const counts = { all: found.length, pool: pool.length, mine: mine.length }
    const listed = view === 'pool' ? pool : view === 'mine' ? mine : found
    // Ordered as of the first page's instant, so every page of one list is cut from the same order.
    const table = JSON.stringify(settings.slaTable)
    const keyed = listed.map((ticket) => ({
      ticket,
      key: urgencyKey({ ticket, sla: urgencyOf(ticket, settings.slaTable, table, asOf) }),
    }))
    if (limit === undefined) {
      const ordered = keyed.sort((a, b) => compareUrgency(a.key, b.key))
      return { tickets: ordered.map((o) => viewTicket(o.ticket, settings, ctx.now)), counts }
    }
    const { page, more } = pageByUrgency(keyed, after, limit)
    const last = page.at(-1)
    return {
      // Each row's SLA as of now; its place in the list as of the first page.
      tickets: page.map((o) => viewTicket(o.ticket, settings, ctx.now)),
      counts,
      nextCursor: more && last ? encodeCursor(`${asOf.getTime()}~${urgencyPosition(last.key)}`) : null,
    }
  }),

  route(tickets.dispatchConsole, async (ctx) => {
    const { compoundId } = ctx.params
    const { gridId, ...filter } = ctx.query
    const [{ settings }, found] = await Promise.all([
      getCompound(ctx.deps.db, compoundId),
      listForGrids(ctx.deps, compoundId, gridId === undefined ? undefined : [gridId], filter, ctx.now),
    ])
    return { tickets: found.map((ticket) => viewTicket(ticket, settings, ctx.now)) }
  }),
]
