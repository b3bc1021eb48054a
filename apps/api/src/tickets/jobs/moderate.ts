import type { ModerationState } from '@jiayuan/contracts'
import { getTicket, openidOf, outboxEntry, putMediaTrace, updateTicket, type Db } from '@jiayuan/db'
import { applyModerationVerdicts, type ModerationVerdicts } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import { uploaderOf } from '../../storage/uploads'
import { publishPhoto } from './publish-photo'

type Verdict = Exclude<ModerationState, 'pending'>

/**
 * Runs the content checks a ticket's outbox entry asks for (DOMAIN W5): the description, and each photo still
 * pending. Verdicts given at once are applied now; a photo WeChat checks asynchronously is remembered by its
 * trace id until the push arrives (media-check-routes.ts), which queues this again to publish it. A photo that
 * passed is published (publish-photo.ts) before its verdict is recorded, so the board never links to a photo
 * it cannot show.
 */
export async function moderateTicket(
  deps: Deps,
  compoundId: string,
  ticketId: string,
  work: { text: boolean; photoKeys: readonly string[] },
): Promise<void> {
  const { db } = deps
  const ticket = await getTicket(db, compoundId, ticketId)
  const openids = new Map<string, Promise<string | undefined>>()
  const openid = (userId: string | undefined) => {
    if (userId === undefined) return Promise.resolve(undefined)
    if (!openids.has(userId)) openids.set(userId, openidOf(db, userId))
    return openids.get(userId) as Promise<string | undefined>
  }
  const verdicts: { text?: Verdict; photos: Record<string, Verdict>; published: Record<string, string> } = {
    photos: {},
    published: {},
  }
  if (work.text && ticket.descriptionModeration === 'pending') {
    verdicts.text = await deps.moderation.checkText({
      text: ticket.description,
      openid: await openid(ticket.requesterId),
    })
  }
  const pending = [...ticket.photos, ...ticket.afterPhotos].filter(
    (photo) => photo.moderation === 'pending' && work.photoKeys.includes(photo.key),
  )
  for (const photo of pending) {
    // The photo's uploader is its author.
    const uploader = await openid(uploaderOf(photo.key))
    const result = await deps.moderation.checkImage({
      url: await deps.files.presignGet(photo.key),
      ...(uploader ? { openid: uploader } : {}),
    })
    if ('verdict' in result) verdicts.photos[photo.key] = result.verdict
    else
      await putMediaTrace(db, {
        traceId: result.traceId,
        compoundId,
        ticketId,
        photoKey: photo.key,
        at: deps.clock().toISOString(),
      })
  }
  const toPublish = [...ticket.photos, ...ticket.afterPhotos].filter(
    (photo) =>
      work.photoKeys.includes(photo.key) &&
      photo.publicKey === undefined &&
      (photo.moderation === 'passed' || verdicts.photos[photo.key] === 'passed'),
  )
  for (const photo of toPublish) verdicts.published[photo.key] = await publishPhoto(deps, compoundId, photo.key)
  await applyVerdicts(db, compoundId, ticketId, verdicts)
}

/**
 * Records verdicts on the ticket. With `publishAt` (a verdict pushed by WeChat, at that time), photos that
 * passed are queued in the same write for the outbox job to publish.
 */
export async function applyVerdicts(
  db: Db,
  compoundId: string,
  ticketId: string,
  verdicts: ModerationVerdicts,
  options: { publishAt?: string } = {},
): Promise<void> {
  await updateTicket(db, compoundId, ticketId, (current) => {
    const next = applyModerationVerdicts(current, verdicts)
    if (next === null) return null
    const passed = Object.entries(verdicts.photos ?? {})
      .filter(([, verdict]) => verdict === 'passed')
      .map(([key]) => key)
    const { publishAt } = options
    const outbox =
      publishAt !== undefined && passed.length > 0
        ? [outboxEntry(compoundId, ticketId, publishAt, { work: 'moderate', text: false, photoKeys: passed })]
        : []
    return { ticket: next, events: [], outbox }
  })
}
