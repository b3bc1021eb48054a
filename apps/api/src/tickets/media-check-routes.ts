import { createHash, timingSafeEqual } from 'node:crypto'
import { tickets } from '@jiayuan/contracts'
import { deleteMediaTrace, getMediaTrace } from '@jiayuan/db'
import { Forbidden } from '@jiayuan/domain'
import { route } from '../http/route'
import { applyVerdicts } from './jobs/moderate'
import { applyMessageVerdict } from './jobs/moderate-message'
import { verdictOf } from '../wechat/wechat-moderation'

/** WeChat retries a push for a few seconds; an older signature is a replay. */
const MAX_AGE_SECONDS = 300

/** WeChat signs a push with sha1 of the sorted token, timestamp and nonce (message push, plain-text mode). */
export function pushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex')
}

function signedByWechat(
  token: string,
  query: { signature: string; timestamp: string; nonce: string },
  now: Date,
): boolean {
  const expected = Buffer.from(pushSignature(token, query.timestamp, query.nonce))
  const given = Buffer.from(query.signature.toLowerCase())
  const fresh = Math.abs(now.getTime() / 1000 - Number(query.timestamp)) <= MAX_AGE_SECONDS
  return fresh && given.length === expected.length && timingSafeEqual(given, expected)
}

export const mediaCheckRoutes = [
  // A result for a trace we no longer hold (handled already, or not ours) is acknowledged and ignored.
  route(tickets.mediaCheckPush, async (ctx) => {
    const token = ctx.deps.config.WECHAT_PUSH_TOKEN
    if (!token || !signedByWechat(token, ctx.query, ctx.now)) throw new Forbidden('推送签名无效')
    const trace = await getMediaTrace(ctx.deps.db, ctx.body.trace_id)
    const suggest = ctx.body.result?.suggest
    if (trace && suggest && trace.messageId !== undefined) {
      const { compoundId, ticketId, messageId, photoKey } = trace
      await applyMessageVerdict(ctx.deps.db, compoundId, ticketId, messageId, photoKey, verdictOf(suggest))
      await deleteMediaTrace(ctx.deps.db, trace.traceId)
    } else if (trace && suggest) {
      await applyVerdicts(
        ctx.deps.db,
        trace.compoundId,
        trace.ticketId,
        { photos: { [trace.photoKey]: verdictOf(suggest) } },
        { publishAt: ctx.now.toISOString() },
      )
      await deleteMediaTrace(ctx.deps.db, trace.traceId)
    }
    return { ok: true as const }
  }),
]
