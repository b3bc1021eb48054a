import type { ModerationState } from '@jiayuan/contracts'
import { getMessage, openidOf, putMediaTrace, updateMessage, type Db } from '@jiayuan/db'
import { applyMessageVerdicts, type ModerationVerdicts } from '@jiayuan/domain'
import type { Deps } from '../../deps'

type Verdict = Exclude<ModerationState, 'pending'>

/**
 * The content checks of one message on a ticket's conversation (DOMAIN W5), as for the ticket itself
 * (moderate.ts): its text, and each photo still pending; a photo WeChat checks asynchronously waits for the
 * push under its trace id. Message photos are never published: only the two sides see them.
 */
export async function moderateMessage(deps: Deps, compoundId: string, ticketId: string, messageId: string) {
  const message = await getMessage(deps.db, compoundId, ticketId, messageId)
  if (!message) return
  const openid = await openidOf(deps.db, message.senderId)
  const verdicts: { text?: Verdict; photos: Record<string, Verdict> } = { photos: {} }
  if (message.textModeration === 'pending') {
    verdicts.text = await deps.moderation.checkText({ text: message.text, ...(openid ? { openid } : {}) })
  }
  for (const photo of message.photos.filter((p) => p.moderation === 'pending')) {
    const result = await deps.moderation.checkImage({
      url: await deps.files.presignGet(photo.key),
      ...(openid ? { openid } : {}),
    })
    if ('verdict' in result) verdicts.photos[photo.key] = result.verdict
    else
      await putMediaTrace(deps.db, {
        traceId: result.traceId,
        compoundId,
        ticketId,
        photoKey: photo.key,
        messageId,
        at: deps.clock().toISOString(),
      })
  }
  await applyVerdicts(deps.db, compoundId, ticketId, messageId, verdicts)
}

/** A verdict WeChat pushed for one of a message's photos. */
export function applyMessageVerdict(
  db: Db,
  compoundId: string,
  ticketId: string,
  messageId: string,
  photoKey: string,
  verdict: Verdict,
): Promise<void> {
  return applyVerdicts(db, compoundId, ticketId, messageId, { photos: { [photoKey]: verdict } })
}

function applyVerdicts(db: Db, compoundId: string, ticketId: string, messageId: string, verdicts: ModerationVerdicts) {
  return updateMessage(db, compoundId, ticketId, messageId, (current) => applyMessageVerdicts(current, verdicts))
}
