import { createHash } from 'node:crypto'
import { MESSAGE_PAGE_SIZE, tickets, type ConversationSide, type Ticket } from '@jiayuan/contracts'
import { getTicket, listMessages, listStaff, outboxEntry, personContacts, postMessage, type Db } from '@jiayuan/db'
import { conversationSide, messageFor, messageRecipients, type ConversationMessage } from '@jiayuan/domain'
import { route } from '../http/route'
import { viewerOf } from './context'
import { checkPhotoKeys, photoUrls } from './photos'

/**
 * A ticket's conversation between its requester and its handlers (DOMAIN T8). Followers, grid-mates and the
 * committee are refused (they see the public board's view); each message tells the other side through one
 * outbox entry and goes through the ticket's content checks (W5), both written with the message.
 */
export const messageRoutes = [
  route(tickets.listMessages, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { compoundId, ticketId } = ctx.params
    // The page is read alongside the ticket (one round, not two) and used only once the ticket says the caller
    // is one of the two sides; for anyone else it is dropped unread, and the refusal is all they get.
    const reading = listMessages(ctx.deps.db, compoundId, ticketId, {
      ...(ctx.query.before ? { before: ctx.query.before } : {}),
      limit: MESSAGE_PAGE_SIZE,
    })
    reading.catch(() => undefined)
    const ticket = await getTicket(ctx.deps.db, compoundId, ticketId)
    const side = conversationSide(ticket, viewer)
    const page = await reading
    const messages = page.messages.map((message) => messageFor(message, { userId: viewer.userId, side }))
    return {
      messages,
      photoUrls: await photoUrls(
        ctx.deps,
        messages.flatMap((message) => message.photos),
      ),
      ...(page.olderBefore ? { olderBefore: page.olderBefore } : {}),
      side,
    }
  }),

  route(tickets.postMessage, async (ctx) => {
    const viewer = viewerOf(ctx)
    const { compoundId, ticketId } = ctx.params
    const { db } = ctx.deps
    const request = ctx.body
    const ticket = await getTicket(db, compoundId, ticketId)
    const side = conversationSide(ticket, viewer)
    await checkPhotoKeys(ctx.deps, compoundId, viewer.userId, request.photoKeys, 'body.photoKeys')
    // The id comes from the idempotency key: a retried or doubled request finds the message it already made.
    const messageId = createHash('sha256')
      .update(`${viewer.userId}:${ticketId}:${request.idempotencyKey}`)
      .digest('hex')
      .slice(0, 20)
    const at = ctx.now.toISOString()
    const senderName =
      side === 'handler' ? (await personContacts(db, [viewer.userId])).get(viewer.userId)?.name : undefined
    const message: ConversationMessage = {
      messageId,
      ticketId,
      compoundId,
      senderId: viewer.userId,
      side,
      ...(senderName ? { senderName } : {}),
      at,
      text: request.text,
      textModeration: 'pending',
      photos: request.photoKeys.map((key) => ({ key, moderation: 'pending' as const })),
    }
    const recipients = messageRecipients(ticket, side, viewer.userId, await staffIds(db, ticket, side))
    const saved = await postMessage(db, message, [
      ...(recipients.length > 0
        ? [
            outboxEntry(compoundId, ticketId, at, {
              work: 'notify',
              kind: 'message',
              recipients,
              personId: viewer.userId,
            }),
          ]
        : []),
      outboxEntry(compoundId, ticketId, at, { work: 'moderate', text: true, photoKeys: request.photoKeys, messageId }),
    ])
    return messageFor(saved.message, { userId: viewer.userId, side })
  }),
]

/** Staff are told of a requester's message only while nobody holds the ticket, so only then are they read. */
async function staffIds(db: Db, ticket: Ticket, side: ConversationSide): Promise<string[]> {
  if (side !== 'requester' || ticket.assigneeId !== undefined) return []
  const members = await listStaff(db, ticket.compoundId)
  return members.filter((member) => member.roles.includes('property_staff')).map((member) => member.userId)
}
