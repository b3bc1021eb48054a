import { tickets, type Membership, type Ticket, type TicketAction } from '@jiayuan/contracts'
import {
  forgetTicketWithFollowers,
  getCompound,
  getMembership,
  getTicketWithFollowers,
  heldTicketWithFollowers,
  holdTicketWithFollowers,
  listGrids,
  getStoredTicket,
  outboxEntry,
  updateTicket,
  type OutboxEntry,
  type TicketPlan,
  type TicketWithFollowers,
} from '@jiayuan/db'
import {
  InvalidInput,
  RuleViolation,
  assertCanReadTicket,
  escalationNotice,
  slotChange,
  ticketActor,
  ticketNotices,
  transition,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { ticketPolicy, viewTicket, viewerOf } from './context'
import { checkPhotoKeys } from './photos'
import { communityAdmins } from './receivers'

/** Steps whose notice goes to followers as well, so only they read the follower list. */
const TOLD_TO_FOLLOWERS: readonly TicketAction['type'][] = [
  'claim',
  'dispatch',
  'reassign',
  'contact',
  'arrive',
  'resolve',
  'escalate',
  'reopen',
]

export const actRoutes = [
  route(
    tickets.actOnTicket,
    async (ctx) => {
      const viewer = viewerOf(ctx)
      const { compoundId, ticketId } = ctx.params
      const { db } = ctx.deps
      const action = ctx.body
      // The ticket is read alongside the settings (one round trip for both); the checks below still answer first.
      // A step told to followers reads them with the ticket, in one Query of its partition, unless this instance
      // holds both (it last read them, on the detail page or a step, or wrote the last step): the step is then
      // planned on that copy with no read, its transaction refusing a copy behind the table (the ticket's version
      // and followers' revision, `updateTicket`), and planned again on a fresh read if it was.
      const toFollowers = TOLD_TO_FOLLOWERS.includes(action.type)
      const held = toFollowers ? heldTicketWithFollowers(db, compoundId, ticketId) : undefined
      const first: Promise<TicketWithFollowers> = held
        ? Promise.resolve(held)
        : toFollowers
          ? getTicketWithFollowers(db, compoundId, ticketId)
          : getStoredTicket(db, compoundId, ticketId).then((stored) => ({ stored, followerIds: [] }))
      first.catch(() => undefined)
      const { settings } = await getCompound(db, compoundId)
      const policy = ticketPolicy(settings)
      await checkInput(
        ctx.deps,
        compoundId,
        viewer.userId,
        action,
        settings.ticketCategories.map((c) => c.id),
      )
      const worker = await targetWorker(ctx.deps, compoundId, action)

      const planOn =
        (source: TicketWithFollowers) =>
        async (current: Ticket): Promise<TicketPlan> => {
          assertCanReadTicket(current, viewer)
          const actor = ticketActor(current, action, viewer)
          const { ticket: next, event } = transition(
            current,
            withWorkerGrid(action, current, worker),
            actor,
            ctx.now,
            policy,
          )
          // Who follows, as read with the ticket: a retry on a newer version tells the same people.
          const followers = source.followerIds
          const outbox: OutboxEntry[] = ticketNotices(current, next, event, { followers, staff: [] }).map((notice) =>
            outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...notice }),
          )
          if (action.type === 'escalate') {
            // The receiver's people are told it is theirs (DOMAIN T12); the requester and followers by ticketNotices.
            const receivers =
              next.escalationCase?.receiver === 'community' ? await communityAdmins(ctx.deps, compoundId) : []
            const received = escalationNotice(next, event, { followers, staff: [], receivers })
            if (received) outbox.push(outboxEntry(compoundId, ticketId, event.at, { work: 'notify', ...received }))
          }
          const afterPhotos = afterPhotoKeys(action)
          if (afterPhotos.length > 0) {
            outbox.push(
              outboxEntry(compoundId, ticketId, event.at, {
                work: 'moderate',
                text: false,
                photoKeys: [...afterPhotos],
              }),
            )
          }
          return {
            ticket: next,
            events: [event],
            slots: slotChange(current, next),
            cap: settings.maxOpenTicketsPerWorker,
            outbox,
          }
        }
      const write = (source: TicketWithFollowers, fromHeld: boolean) =>
        updateTicket(db, compoundId, ticketId, planOn(source), Promise.resolve(source.stored), {
          ...(fromHeld ? { attempts: 1 } : {}),
          written: (stored) =>
            toFollowers
              ? holdTicketWithFollowers(db, compoundId, ticketId, { ...source, stored })
              : forgetTicketWithFollowers(db, compoundId, ticketId),
        })
      let ticket: Ticket
      if (held) {
        try {
          ticket = await write(held, true)
        } catch {
          // Planned or refused on a copy behind the table: nothing was written; planned again on a fresh read.
          forgetTicketWithFollowers(db, compoundId, ticketId)
          ticket = await write(await getTicketWithFollowers(db, compoundId, ticketId), false)
        }
      } else {
        ticket = await write(await first, false)
      }
      return viewTicket(ticket, settings, ctx.now)
    },
    { accessInTransaction: true },
  ),
]

/** What can be refused before reading the ticket: 400 naming the field. */
async function checkInput(
  deps: Deps,
  compoundId: string,
  userId: string,
  action: TicketAction,
  categoryIds: readonly string[],
): Promise<void> {
  const afterPhotos = afterPhotoKeys(action)
  if (afterPhotos.length > 0) await checkPhotoKeys(deps, compoundId, userId, afterPhotos, 'body.photoKeys')
  if (action.type === 'triage' && !categoryIds.includes(action.category)) {
    throw new InvalidInput('body.category: 没有这个类别', [{ field: 'body.category', message: '没有这个类别' }])
  }
  if (action.type === 'dispatch' && action.to.kind === 'grid') {
    const { gridId } = action.to
    if (!(await listGrids(deps.db, compoundId)).some((grid) => grid.gridId === gridId)) {
      throw new InvalidInput('body.to.gridId: 没有这个网格', [{ field: 'body.to.gridId', message: '没有这个网格' }])
    }
  }
}

/** After-photos an action brings: added on their own, or sent with the fix (DOMAIN T10). */
function afterPhotoKeys(action: TicketAction): readonly string[] {
  if (action.type === 'add_after_photos') return action.photoKeys
  if (action.type === 'resolve') return action.photoKeys ?? []
  return []
}

/** The worker a dispatch or reassignment names must be a grid worker of this compound, serving the grid named. */
async function targetWorker(deps: Deps, compoundId: string, action: TicketAction): Promise<Membership | undefined> {
  const named =
    action.type === 'dispatch' && action.to.kind === 'worker'
      ? { workerId: action.to.workerId, gridId: action.to.gridId, field: 'body.to' }
      : action.type === 'reassign'
        ? { workerId: action.workerId, gridId: action.gridId, field: 'body' }
        : undefined
  if (!named) return undefined
  const membership = await getMembership(deps.db, named.workerId, compoundId)
  if (!membership?.roles.includes('grid_worker')) {
    throw new RuleViolation('NotAGridWorker', '只能派给本小区的网格员', { field: `${named.field}.workerId` })
  }
  if (named.gridId !== undefined && !membership.gridIds.includes(named.gridId)) {
    throw new RuleViolation('WorkerNotInGrid', '该网格员不负责这个网格', { field: `${named.field}.gridId` })
  }
  return membership
}

/**
 * A ticket handed to a worker lands in a grid that worker serves, so it shows in their queue (DOMAIN P2): the
 * grid named, else the ticket's own if they serve it, else their first grid.
 */
function withWorkerGrid(action: TicketAction, ticket: Ticket, worker: Membership | undefined): TicketAction {
  if (!worker) return action
  const pick = (named: string | undefined) =>
    named ?? (ticket.gridId !== undefined && worker.gridIds.includes(ticket.gridId) ? ticket.gridId : worker.gridIds[0])
  if (action.type === 'dispatch' && action.to.kind === 'worker') {
    const gridId = pick(action.to.gridId)
    return gridId === undefined ? action : { ...action, to: { ...action.to, gridId } }
  }
  if (action.type === 'reassign') {
    const gridId = pick(action.gridId)
    return gridId === undefined ? action : { ...action, gridId }
  }
  return action
}
