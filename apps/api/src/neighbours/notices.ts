import { createHash } from 'node:crypto'
import type { InboxMessage } from '@jiayuan/contracts'
import { ticketMessageId } from '@jiayuan/db'

const KIND = { ask: 'neighbour_ask', key: 'key_custody', team: 'volunteer_team' } as const

/**
 * T9 for neighbours: one inbox message per person and step, its id from the step (so a retried write finds the
 * first one), opening the ask or the key it is about.
 */
export function neighbourMessage(
  compoundId: string,
  userId: string,
  about: { to: 'ask'; askId: string } | { to: 'key'; keyId: string } | { to: 'team'; teamId: string },
  step: string,
  text: { title: string; body: string },
  at: string,
): { userId: string; message: InboxMessage } {
  const subject = about.to === 'ask' ? about.askId : about.to === 'key' ? about.keyId : about.teamId
  const suffix = createHash('sha256').update(`${step}:${subject}:${userId}`).digest('hex').slice(0, 20)
  return {
    userId,
    message: {
      messageId: ticketMessageId(at, suffix),
      compoundId,
      kind: KIND[about.to],
      title: text.title.slice(0, 60),
      body: text.body.slice(0, 300),
      link: about,
      at,
    },
  }
}
