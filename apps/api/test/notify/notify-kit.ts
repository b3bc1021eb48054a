import type { InboxMessage } from '@jiayuan/contracts'
import { listInboxMessages, listMembers, listOutbox, type AnnounceOutboxEntry } from '@jiayuan/db'
import { runOutbox } from '../../src/jobs/outbox'
import type { SubscribeMessage } from '../../src/wechat/notifier'
import type { AssemblyKit } from '../assembly/assembly-helpers'

/** Small pages, so a handful of owners already spans several pages and saved cursors. */
export const PAGE_SIZE = 7

export const runJob = (k: AssemblyKit) =>
  runOutbox(k.h.deps, { compoundIds: [k.h.compoundId], fanout: { pageSize: PAGE_SIZE } })

export const sent = (k: AssemblyKit) => (k.h.deps.notifier as unknown as { sent: SubscribeMessage[] }).sent

export async function announcementsWaiting(k: AssemblyKit): Promise<AnnounceOutboxEntry[]> {
  return (await listOutbox(k.h.deps.db, k.h.compoundId)).filter((e): e is AnnounceOutboxEntry => e.work === 'announce')
}

/** What a message points at: a meeting's id, a report's month, a notice's id (a ticket: nothing here). */
function targetOf(link: InboxMessage['link']): string | undefined {
  switch (link.to) {
    case 'meeting':
    case 'result':
      return link.meetingId
    case 'report':
      return link.month
    case 'bulletin':
      return link.bulletinId
    case 'ticket':
      return undefined
  }
}

/** Every member of the compound with the messages of theirs that point at `target` (a meeting id, a month, a notice id). */
export async function messagesPerMember(
  k: AssemblyKit,
  target: string,
): Promise<Array<{ userId: string; roles: string[]; messages: InboxMessage[] }>> {
  const members = await listMembers(k.h.deps.db, k.h.compoundId)
  return Promise.all(
    members.map(async (m) => {
      const { messages } = await listInboxMessages(k.h.deps.db, m.userId, k.h.compoundId, { limit: 50 })
      const about = messages.filter((msg) => targetOf(msg.link) === target)
      return { userId: m.userId, roles: m.roles, messages: about }
    }),
  )
}

/** Adds `owners` owners and `tenants` tenants to the compound (people the seed has no persona for). */
export async function addPeople(k: AssemblyKit, owners: number, tenants: number): Promise<void> {
  for (let i = 0; i < owners; i++) await k.person(`extra-owner-${i}`, { roles: ['resident', 'owner'] })
  for (let i = 0; i < tenants; i++) await k.person(`extra-tenant-${i}`, { roles: ['resident'] })
}
