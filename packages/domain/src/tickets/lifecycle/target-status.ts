import type { Ticket, TicketAction, TicketStatus } from '@jiayuan/contracts'

/** Where an action leads from the ticket's current state; in-place actions (triage, photos, rating) stay put. */
export function targetStatus(ticket: Ticket, action: TicketAction): TicketStatus {
  switch (action.type) {
    case 'triage':
    case 'add_after_photos':
    case 'rate':
    case 'amend':
      return ticket.status
    case 'dispatch':
      if (action.to.kind === 'worker') return 'accepted'
      // Routing to a grid from outside the pool means the outside body handed it back.
      return ticket.status === 'escalated' ? 'handed_back' : ticket.status
    case 'reassign':
    case 'claim':
      return 'accepted'
    case 'contact':
      return 'contacted'
    case 'arrive':
      return 'on_site'
    case 'resolve':
      return 'resolved'
    case 'hand_back':
      return 'handed_back'
    case 'escalate':
      return 'escalated'
    case 'wait_on_resident':
      return 'waiting_on_resident'
    case 'resume':
      return ticket.resumeTo ?? 'accepted'
    case 'confirm':
    case 'record_return_call':
      return 'confirmed'
    case 'reopen':
      return 'reopened'
    case 'close':
    case 'timeout_close':
      return 'closed'
  }
}
