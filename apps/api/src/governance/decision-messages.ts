import { createHash } from 'node:crypto'
import type { Decision, InboxMessage } from '@jiayuan/contracts'
import { getTickets, ticketMessageId } from '@jiayuan/db'
import type { Deps } from '../deps'

/**
 * Tells the requester of each ticket a decision settles (G3, T9): when it is made and when it is done. The
 * message opens the ticket, whose page shows the decision. One message per requester and ticket.
 */
export async function requesterMessages(
  deps: Deps,
  decision: Pick<Decision, 'compoundId' | 'decisionId' | 'title' | 'dueDate' | 'ticketIds'>,
  kind: 'decision_made' | 'decision_done',
  at: string,
): Promise<Array<{ userId: string; message: InboxMessage }>> {
  if (decision.ticketIds.length === 0) return []
  const tickets = await getTickets(deps.db, decision.compoundId, decision.ticketIds)
  return tickets.map((t) => ({
    userId: t.requesterId,
    message: {
      messageId: ticketMessageId(
        at,
        createHash('sha256').update(`${kind}:${decision.decisionId}:${t.ticketId}`).digest('hex').slice(0, 20),
      ),
      compoundId: decision.compoundId,
      kind,
      title: (kind === 'decision_made' ? '联席会议对您的报修作出决定' : '联席会议决定已办结').slice(0, 60),
      body: `${decision.title}${kind === 'decision_made' ? `（完成期限 ${decision.dueDate}）` : ''}`.slice(0, 300),
      link: { to: 'ticket', ticketId: t.ticketId },
      at,
      mine: true,
    },
  }))
}
