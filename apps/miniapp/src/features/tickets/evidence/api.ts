import { street } from '@jiayuan/contracts'
import { call } from '../../../lib/api'

/** The compound's recent tickets, masked, for the street and the community (S3, S5). */
export const loadRecentTickets = (compoundId: string) => call(street.recentTickets, { params: { compoundId } })

/** One ticket read-only, masked, with its steps. */
export const loadEvidenceTicket = (compoundId: string, ticketId: string) =>
  call(street.evidenceTicket, { params: { compoundId, ticketId } })
