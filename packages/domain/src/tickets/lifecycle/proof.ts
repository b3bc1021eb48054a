import type { Ticket, TicketAction } from '@jiayuan/contracts'
import { ProofMissing } from '../errors'
import type { TicketPolicy } from './policy'

type Resolve = Extract<TicketAction, { type: 'resolve' }>

/**
 * DOMAIN T10: a fix is declared with a note and at least one after-photo (taken before, or sent with the
 * resolve), unless the ticket's category waives the photo. Returns the trimmed note and the new photo keys.
 */
export function checkResolveProof(
  ticket: Ticket,
  action: Resolve,
  policy: TicketPolicy,
): { note: string; photoKeys: readonly string[] } {
  // Typed, but the domain does not trust that a caller parsed the action first.
  const rawNote: unknown = action.note
  const note = typeof rawNote === 'string' ? rawNote.trim() : ''
  const photoKeys = Array.isArray(action.photoKeys) ? action.photoKeys : []
  const waived = policy.photoWaivedCategories?.includes(ticket.category) ?? false
  const missing: { field: string; message: string }[] = []
  if (!waived && ticket.afterPhotos.length + photoKeys.length === 0) {
    missing.push({ field: 'body.photoKeys', message: '请至少拍一张完工照片' })
  }
  if (note === '') missing.push({ field: 'body.note', message: '请写明处理情况' })
  if (missing.length > 0) throw new ProofMissing(missing)
  return { note, photoKeys }
}
