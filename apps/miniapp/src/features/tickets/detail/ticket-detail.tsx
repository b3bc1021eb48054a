import { Empty, ErrorNote, Loading } from '../../../components/status'
import { canCall, tickets } from '@jiayuan/contracts'
import { handlesTicket } from '@jiayuan/domain'
import { useMembership, useSession } from '../../../state/session'
import { ContactCard } from './contact-card'
import { ConversationSection } from './conversation/conversation-section'
import { RequesterActions } from './requester-actions'
import { StaffActions } from './staff-actions'
import { EscalationCard } from './escalation-card'
import { TicketSummary } from './ticket-summary'
import { Timeline } from './timeline'
import { useTicketContext } from '../shared/use-ticket-context'
import { useTicketDetail } from './use-ticket-detail'
import { WorkerActions } from './worker-actions'

/** One ticket for whoever takes part in it: the requester, its grid's workers, the assignee, staff. */
export function TicketDetailView({ compoundId, ticketId }: { compoundId: string; ticketId: string }) {
  const session = useSession()
  const m = useMembership()
  const context = useTicketContext(compoundId)
  const state = useTicketDetail(compoundId, ticketId)
  const { detail } = state
  if ((detail.loading && !detail.data) || (context.loading && !context.data)) return <Loading />
  if (detail.error && !detail.data) return <ErrorNote message={detail.error} onRetry={detail.reload} />
  if (context.error) return <ErrorNote message={context.error} onRetry={context.reload} />
  if (!detail.data || !context.data) return <Empty text="没有这张工单" />
  const { ticket } = detail.data
  const userId = session?.user.userId ?? ''
  const isRequester = ticket.requesterId === userId
  // Grid workers act from their queue, staff from the dispatch console; both act through the same endpoint.
  const isWorker = canCall(tickets.gridQueue, m?.roles)
  const isDispatcher = canCall(tickets.dispatchConsole, m?.roles)
  const inMyGrid = isWorker && ticket.gridId !== undefined && !!m?.gridIds.includes(ticket.gridId)
  // Contact and conversation are between the requester and whoever handles the ticket (DOMAIN T7, T8).
  const takesPart = isRequester || handlesTicket(ticket, { userId, roles: m?.roles ?? [], gridIds: m?.gridIds ?? [] })
  return (
    <>
      {state.actionError ? <ErrorNote message={state.actionError} /> : null}
      <TicketSummary detail={detail.data} context={context.data} />
      {takesPart ? (
        <ContactCard
          compoundId={compoundId}
          ticketId={ticket.ticketId}
          holder={ticket.assigneeId}
          onAsk={!isRequester && ticket.assigneeId !== userId}
        />
      ) : null}
      {isRequester ? (
        <RequesterActions ticket={ticket} reopenWindowDays={context.data.settings.reopenWindowDays} state={state} />
      ) : null}
      {isWorker ? (
        <WorkerActions
          compoundId={compoundId}
          ticket={ticket}
          isAssignee={ticket.assigneeId === userId}
          inMyGrid={inMyGrid}
          state={state}
          reopenDays={context.data.settings.reopenWindowDays}
          photoWaivedCategories={context.data.categories.filter((c) => c.photoWaived).map((c) => c.id)}
        />
      ) : null}
      {isDispatcher ? (
        <StaffActions compoundId={compoundId} ticket={ticket} context={context.data} state={state} />
      ) : null}
      {takesPart ? <ConversationSection compoundId={compoundId} ticketId={ticket.ticketId} viewerId={userId} /> : null}
      {ticket.escalationCase ? (
        <EscalationCard
          compoundId={compoundId}
          ticket={ticket}
          isReceiver={canCall(tickets.actOnEscalation, m?.roles) && !!m?.roles.includes('community_admin')}
          isStaff={isDispatcher}
          reload={detail.reload}
        />
      ) : null}
      <Timeline events={detail.data.events} viewerId={userId} />
    </>
  )
}
