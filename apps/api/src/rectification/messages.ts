import { createHash } from 'node:crypto'
import { RECT_CARD_LABEL, type InboxMessage, type RectificationNotice } from '@jiayuan/contracts'
import { listCompanyStaff, listStaff, ticketMessageId, type InboxDelivery } from '@jiayuan/db'
import { dateTimeText } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { deliveries } from '../notices/boxes'

/** What a change of a notice says, in words (T9). */
export function noticeLine(n: RectificationNotice): { title: string; body: string } {
  const last = n.trail.at(-1)
  const what = `${n.compoundName}：${n.text}`.slice(0, 120)
  const due = `整改期限 ${dateTimeText(n.deadline)}`
  switch (last?.kind) {
    case 'replied':
      return { title: `${n.companyName}已回复整改情况`, body: `${what}。请回头看。` }
    case 'passed':
      return { title: '整改通知已通过回头看', body: `${what}。${last.note ?? ''}` }
    case 'failed':
      return { title: '回头看未通过，请重新整改', body: `${what}。原因：${last.note ?? ''}。${due}` }
    case 'yellow':
    case 'red':
    case 'interview':
      return { title: `整改逾期：${RECT_CARD_LABEL[last.kind]}`, body: `${what}。已过${due}，仍未整改。` }
    default:
      return { title: `${n.issuer.orgName}发出整改通知`, body: `${what}。${due}` }
  }
}

/**
 * Whom a change concerns (T9): the company's users, the issuer and the compound's committee; never the person
 * who made it. One message per person and change: its id derives from the notice and its version. The company's
 * users and the issuer are not members of the compound: theirs go to their personal inbox.
 */
export async function noticeMessages(
  deps: Deps,
  n: RectificationNotice,
  actorId: string,
  at: string,
): Promise<InboxDelivery[]> {
  const [company, members] = await Promise.all([
    listCompanyStaff(deps.db, n.companyId),
    listStaff(deps.db, n.compoundId),
  ])
  const committee = members.filter((m) => m.roles.includes('committee_member')).map((m) => m.userId)
  const people = [...new Set([...company, n.issuer.userId, ...committee])].filter((u) => u !== actorId)
  const id = createHash('sha256').update(`rect:${n.compoundId}:${n.noticeId}:${n.version}`).digest('hex').slice(0, 20)
  const message: InboxMessage = {
    messageId: ticketMessageId(at, id),
    compoundId: n.compoundId,
    kind: 'rectification',
    title: noticeLine(n).title.slice(0, 60),
    body: noticeLine(n).body.slice(0, 300),
    link: { to: 'rectification', noticeId: n.noticeId },
    at,
  }
  return deliveries(deps, n.compoundId, people, () => message)
}
