import type { ConversationSide, ModerationState, PhotoRef, TicketMessage } from '@jiayuan/contracts'
import type { ModerationVerdicts } from '../intake/moderation'

/** A message as stored: everything its sender wrote, with the content checks' state (DOMAIN W5). */
export interface ConversationMessage {
  messageId: string
  ticketId: string
  compoundId: string
  senderId: string
  side: ConversationSide
  senderName?: string
  at: string
  text: string
  textModeration: ModerationState
  photos: PhotoRef[]
}

/**
 * What a reader sees of a message (DOMAIN W5, as for the report itself): the sender all of it; a handler a
 * requester's text and photos unless rejected (they act on it, as on the report); the requester a handler's
 * only once passed. Content withheld is absent, and `withheld` says why.
 */
export function messageFor(message: ConversationMessage, viewer: { userId: string; side: ConversationSide }) {
  const own = message.senderId === viewer.userId
  const early = viewer.side === 'handler' && message.side === 'requester'
  const shows = (state: ModerationState) => own || state === 'passed' || (early && state === 'pending')
  const { compoundId: _compound, text, ...rest } = message
  const view: TicketMessage = { ...rest, photos: message.photos.filter((photo) => shows(photo.moderation)) }
  if (shows(message.textModeration)) view.text = text
  else view.withheld = message.textModeration === 'rejected' ? 'rejected' : 'pending'
  return view
}

/** A message with verdicts applied; only pending content changes, as for a ticket. Null when nothing changes. */
export function applyMessageVerdicts(
  message: ConversationMessage,
  verdicts: ModerationVerdicts,
): ConversationMessage | null {
  let changed = false
  const photos = message.photos.map((photo) => {
    const verdict = verdicts.photos?.[photo.key]
    if (photo.moderation !== 'pending' || verdict === undefined) return photo
    changed = true
    return { ...photo, moderation: verdict }
  })
  const text =
    message.textModeration === 'pending' && verdicts.text !== undefined ? verdicts.text : message.textModeration
  if (text !== message.textModeration) changed = true
  return changed ? { ...message, photos, textModeration: text } : null
}
