import type { NotificationKind, NotificationRecord, Ticket, TicketStatus } from '@jiayuan/contracts'
import { finishNotification, openidOf, recordNotification, reserveNotification, type OutboxEntry } from '@jiayuan/db'
import { shanghaiDateTime } from '@jiayuan/domain'
import type { Deps } from '../../deps'
import type { NotifyOutcome } from '../../wechat/notifier'
import { subscribeTemplates } from '../../wechat/templates'

/** `phrase` keywords take at most 5 characters. */
const STATUS_LABEL: Record<TicketStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  contacted: '已联系',
  on_site: '已到场',
  waiting_on_resident: '等待住户',
  resolved: '已处理',
  confirmed: '已确认',
  closed: '已办结',
  handed_back: '已退回',
  escalated: '已上报',
  reopened: '已重开',
}

const NOTE: Record<NotificationKind, string> = {
  claimed: '网格员已接单，正在处理',
  resolved: '问题已处理，请确认并评价',
  overdue: '工单已超时，请尽快处理',
  reopened: '住户重新打开了工单',
  message: '工单有新留言，请查看',
  dispatched: '有工单派给您，请尽快联系',
  contacted: '处理人已联系报修人',
  on_site: '处理人已到达现场',
  unclaimed: '工单超时无人认领，请派单',
  amended: '处理说明有补充，请查看',
  escalated: '工单已上报社区等单位处理',
  escalation_signed: '接收单位已签收',
  escalation_answered: '接收单位已答复，请查看',
  escalation_returned: '上报件被退回物业处理',
  new_in_grid: '网格有新报修，请尽快认领',
  escalation_received: '有上报件待签收，请及时处理',
  whistled: '已吹哨至相关部门处理',
  whistle_received: '有吹哨报到待签收，请及时处理',
}

/**
 * The keywords every ticket template must have (chosen in the mini-program admin): number, category, status,
 * time and a note.
 */
export function messageData(
  kind: NotificationKind,
  ticket: Ticket,
  categoryName: string,
  at: string,
): Record<string, string> {
  return {
    character_string1: ticket.number ?? ticket.ticketId,
    thing2: categoryName,
    phrase3: STATUS_LABEL[ticket.status],
    time4: shanghaiDateTime(at),
    thing5: NOTE[kind],
  }
}

/**
 * Sends one notice to one person, at most once: the quota is taken and the record written before the send
 * (subscriptions.ts), so a consumer that crashes mid-way never sends twice; no quota or no template → skipped
 * and recorded.
 */
export async function notifyOne(
  deps: Deps,
  entry: OutboxEntry & { work: 'notify' },
  userId: string,
  ticket: Ticket,
  categoryName: string,
): Promise<NotifyOutcome> {
  const base: NotificationRecord = {
    notificationId: entry.outboxId,
    kind: entry.kind,
    compoundId: entry.compoundId,
    ticketId: entry.ticketId,
    status: 'sending',
    at: entry.at,
  }
  const templateId = subscribeTemplates(deps.config)[entry.kind]
  if (templateId === undefined) {
    return (await recordNotification(deps.db, userId, { ...base, status: 'skipped', reason: 'no_template' }))
      ? 'skipped'
      : 'duplicate'
  }
  const record = { ...base, templateId }
  const reserved = await reserveNotification(deps.db, userId, record)
  if (reserved === 'no_quota') return 'skipped'
  if (reserved === 'duplicate') return 'duplicate'
  const openid = await openidOf(deps.db, userId)
  const result = await deps.notifier
    .send({
      toUserId: userId,
      ...(openid ? { openid } : {}),
      templateId,
      page: `pages/tickets/detail?compoundId=${entry.compoundId}&ticketId=${entry.ticketId}`,
      data: messageData(entry.kind, ticket, categoryName, entry.at),
    })
    .catch((err: unknown) => ({
      ok: false as const,
      reason: err instanceof Error ? err.message.slice(0, 100) : 'error',
      quotaExhausted: false,
    }))
  if (result.ok) {
    await finishNotification(deps.db, userId, record, { status: 'sent' })
    return 'sent'
  }
  await finishNotification(deps.db, userId, record, {
    status: 'failed',
    reason: result.reason,
    quota: result.quotaExhausted ? 'exhausted' : 'refund',
  })
  return 'failed'
}
