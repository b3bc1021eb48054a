import type { ModerationState, PhotoRef, Ticket } from '@jiayuan/contracts'

export interface ModerationVerdicts {
  text?: Exclude<ModerationState, 'pending'>
  /** By photo key; before and after photos alike. */
  photos?: Readonly<Record<string, Exclude<ModerationState, 'pending'>>>
  /** Public copies made of passed photos, by photo key. */
  published?: Readonly<Record<string, string>>
}

/**
 * A ticket with the content checks' verdicts applied (DOMAIN W5). Only pending content changes: a verdict
 * that arrives twice, or late, never overturns one already recorded. A passed photo takes its public copy's
 * key once (never a rejected one). Null when nothing changes.
 */
export function applyModerationVerdicts(ticket: Ticket, verdicts: ModerationVerdicts): Ticket | null {
  let changed = false
  const settle = (photo: PhotoRef): PhotoRef => {
    const verdict = verdicts.photos?.[photo.key]
    const judged = photo.moderation === 'pending' && verdict !== undefined ? { ...photo, moderation: verdict } : photo
    const publicKey = verdicts.published?.[photo.key]
    const published =
      judged.moderation === 'passed' && judged.publicKey === undefined && publicKey !== undefined
        ? { ...judged, publicKey }
        : judged
    if (published !== photo) changed = true
    return published
  }
  const photos = ticket.photos.map(settle)
  const afterPhotos = ticket.afterPhotos.map(settle)
  const text =
    ticket.descriptionModeration === 'pending' && verdicts.text !== undefined
      ? verdicts.text
      : ticket.descriptionModeration
  if (text !== ticket.descriptionModeration) changed = true
  return changed ? { ...ticket, photos, afterPhotos, descriptionModeration: text } : null
}
