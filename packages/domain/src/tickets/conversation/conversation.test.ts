import type { Role } from '@jiayuan/contracts'
import { Forbidden } from '../../errors'
import { makeTicket } from '../ticket-fixture'
import { applyMessageVerdicts, messageFor, type ConversationMessage } from './messages'
import { conversationSide, messageRecipients } from './parties'

const viewer = (userId: string, roles: Role[], gridIds: string[] = []) => ({ userId, roles, gridIds })
const held = makeTicket({ requesterId: 'u-requester', assigneeId: 'w-1', gridId: 'g-1', status: 'accepted' })

describe('who takes part in a ticket’s contact and conversation (DOMAIN T7, T8)', () => {
  it('knows the requester, the worker holding it and staff; refuses grid-mates, followers and the committee', () => {
    expect(conversationSide(held, viewer('u-requester', ['resident']))).toBe('requester')
    expect(conversationSide(held, viewer('w-1', ['grid_worker'], ['g-1']))).toBe('handler')
    expect(conversationSide(held, viewer('s-1', ['property_staff']))).toBe('handler')
    for (const other of [
      viewer('w-2', ['grid_worker'], ['g-1']),
      viewer('u-follower', ['resident', 'owner']),
      viewer('c-1', ['resident', 'owner', 'committee_member']),
      viewer('a-1', ['community_admin']),
    ]) {
      expect(() => conversationSide(held, other)).toThrow(Forbidden)
    }
  })

  it('tells the other side: the holder, or staff while nobody holds it; the requester; never the sender', () => {
    expect(messageRecipients(held, 'requester', 'u-requester', ['s-1'])).toEqual(['w-1'])
    expect(
      messageRecipients(makeTicket({ requesterId: 'u-requester' }), 'requester', 'u-requester', ['s-1', 's-2']),
    ).toEqual(['s-1', 's-2'])
    expect(messageRecipients(held, 'handler', 's-1', ['s-1'])).toEqual(['u-requester'])
  })
})

describe('what a reader sees of a message (DOMAIN W5)', () => {
  const message: ConversationMessage = {
    messageId: 'm-1',
    ticketId: 't-1',
    compoundId: 'c-1',
    senderId: 'w-1',
    side: 'handler',
    at: '2024-06-03T01:00:00.000Z',
    text: '明天上午来修',
    textModeration: 'pending',
    photos: [{ key: 'p-1', moderation: 'pending' }],
  }

  it('shows the sender everything, the requester a handler’s words only once passed', () => {
    expect(messageFor(message, { userId: 'w-1', side: 'handler' })).toMatchObject({ text: '明天上午来修' })
    const early = messageFor(message, { userId: 'u-requester', side: 'requester' })
    expect(early).toMatchObject({ withheld: 'pending', photos: [] })
    expect(early.text).toBeUndefined()
    const passed = applyMessageVerdicts(message, { text: 'passed', photos: { 'p-1': 'passed' } })
    expect(passed && messageFor(passed, { userId: 'u-requester', side: 'requester' })).toMatchObject({
      text: '明天上午来修',
      photos: [{ key: 'p-1', moderation: 'passed' }],
    })
  })

  it('shows a handler a requester’s pending words, never rejected ones; a late verdict changes nothing', () => {
    const fromRequester = { ...message, senderId: 'u-requester', side: 'requester' as const }
    expect(messageFor(fromRequester, { userId: 's-1', side: 'handler' }).text).toBe('明天上午来修')
    const rejected = applyMessageVerdicts(fromRequester, { text: 'rejected' })
    expect(rejected && messageFor(rejected, { userId: 's-1', side: 'handler' })).toMatchObject({ withheld: 'rejected' })
    expect(rejected && applyMessageVerdicts(rejected, { text: 'passed' })).toBeNull()
  })
})
