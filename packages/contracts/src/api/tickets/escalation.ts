import { endpoint } from '../../endpoint'
import { EscalationAction, EscalationQueue, EscalationQueueQuery, TicketParams, TicketView } from '../../tickets'
import { CompoundParams } from '../../common'
import { base, context } from './shared'

/** Who receives escalations today (DOMAIN T12): the community admin; staff see the queue they sent. */
const receivers = ['community_admin'] as const

export const listEscalations = endpoint({
  id: 'tickets.escalations',
  method: 'get',
  path: `${base}/escalations`,
  summary: 'The receiver’s queue (上报件): tickets escalated to it, oldest first, with its clock to sign and answer',
  context,
  access: { kind: 'compound', roles: [...receivers, 'property_staff'] },
  params: CompoundParams,
  query: EscalationQueueQuery,
  response: EscalationQueue,
})

export const actOnEscalation = endpoint({
  id: 'tickets.escalation.act',
  method: 'post',
  path: `${base}/{ticketId}/escalation`,
  summary:
    'The receiver signs for (签收), answers (答复), solves (办结) or returns (退回) an escalated ticket; ' +
    'staff or the receiver record a 12345 case number. 409 from the wrong step',
  context,
  access: { kind: 'compound', roles: [...receivers, 'property_staff'] },
  params: TicketParams,
  body: EscalationAction,
  response: TicketView,
})
