/** What a ticket notification says in the inbox (消息), in one line, to the person it is for (DOMAIN T9). */
export interface NoticeLineInput {
  /** A notification kind; kinds added later without a line still say something true. */
  kind: string
  /** The recipient reported the ticket themselves. */
  mine: boolean
  /** The person the notification names (the new holder, or who acted), when known. */
  personName?: string
}

type Line = (subject: string, name: string, mine: boolean) => string

const LINES: Record<string, Line> = {
  claimed: (s, n) => `${s}已被${n}认领`,
  dispatched: (_s, n) => `${n}把一张报修派给了您，请尽快联系报修人`,
  contacted: (s, n) => `${n}已就${s}联系报修人`,
  on_site: (s, n) => `${n}已到现场处理${s}`,
  resolved: (s) => `${s}已处理完成，请查看结果并确认`,
  reopened: () => `一张报修被报修人重新打开，请查看`,
  escalated: (s) => `${s}已上报社区或街道处理`,
  confirmed: () => `报修人已确认处理结果`,
  closed: (s) => `${s}已办结`,
  // The handler is told by the requester's name: they hold the ticket, it is not one they merely follow.
  message: (s, n, mine) => (mine ? `${n}在${s}里给您留言` : `${n}在工单里给您留言`),
  amended: (s) => `${s}的处理说明有补充`,
  escalation_signed: (s) => `${s}已被上级签收`,
  escalation_answered: (s) => `${s}收到了上级的答复`,
  escalation_returned: () => `一张上报的报修被退回，请查看原因`,
  overdue: () => `一张报修已超时，请尽快处理`,
  unclaimed: () => `一张报修超时无人认领，请派单`,
  new_in_grid: () => `您的网格有一张新报修，请尽快认领`,
  escalation_received: () => `物业上报了一张报修，请在 2 小时内签收`,
  whistled: (s) => `${s}已吹哨至相关部门处理`,
  whistle_received: () => `社区吹哨了一张报修到您的部门，请在 2 小时内签收`,
}

/** "您的报修已被陈静认领": the subject is "您的报修" for the requester, "您关注的报修" for others. */
export function noticeLine(input: NoticeLineInput): string {
  const subject = input.mine ? '您的报修' : '您关注的报修'
  const name = input.personName ?? '工作人员'
  const line = LINES[input.kind]
  return line ? line(subject, name, input.mine) : `${subject}有新进展`
}

/** The kinds that have their own line (a test checks every NotificationKind is among them). */
export const NOTICE_LINE_KINDS: readonly string[] = Object.keys(LINES)
