import { tickets, type Ticket, type TicketStatus } from '@jiayuan/contracts'
import { getCompound, listTicketsInStatuses } from '@jiayuan/db'
import { Forbidden, POOL_STATUSES, DAY_MS } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { NOT_CLOSED, RECENTLY_CLOSED_DAYS, viewTicket } from './context'

interface ListFilter {
  status?: TicketStatus
  awaitingDispatch?: 'true' | 'false'
}

/**
 * Tickets of some grids (`null` = held by no grid; absent = every grid) by status: one GSI1 Query of the
 * compound's open tickets (packages/db T3), and one of those closed in the last 30 days when asked. No Scan.
 */
async function listForGrids(
  deps: Deps,
  compoundId: string,
  gridIds: readonly (string | null)[] | undefined,
  filter: ListFilter,
  now: Date,
): Promise<Ticket[]> {
  const awaiting = filter.awaitingDispatch === 'true'
  const statuses = filter.status ? [filter.status] : awaiting ? POOL_STATUSES : NOT_CLOSED
  const since = new Date(now.getTime() - RECENTLY_CLOSED_DAYS * DAY_MS).toISOString()
  const found = await listTicketsInStatuses(deps.db, compoundId, statuses, {
    since,
    ...(gridIds === undefined ? {} : { gridIds }),
  })
  return awaiting ? found.filter((ticket) => ticket.dispatchQueuedAt !== undefined) : found
}

export const listRoutes = [
  // A worker sees only the grids they serve (DOMAIN P2).
  route(tickets.gridQueue, async (ctx) => {
    const { compoundId } = ctx.params
    const { gridId, ...filter } = ctx.query
    if (gridId !== undefined && !ctx.member.gridIds.includes(gridId)) throw new Forbidden('你不负责这个网格')
    const grids = gridId === undefined ? ctx.member.gridIds : [gridId]
    const [{ settings }, found] = await Promise.all([
      getCompound(ctx.deps.db, compoundId),
      listForGrids(ctx.deps, compoundId, grids, filter, ctx.now),
    ])
    return { tickets: found.map((ticket) => viewTicket(ticket, settings, ctx.now)) }
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
