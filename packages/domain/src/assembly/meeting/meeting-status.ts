import type { MeetingStatus } from '@jiayuan/contracts'
import { Conflict } from '../../errors'

export const MEETING_STATUS_LABEL: Record<MeetingStatus, string> = {
  draft: '草稿',
  noticed: '已公告',
  open: '投票中',
  closed: '已截止',
  preliminary: '初步结果公示中',
  final: '结果已公布',
}

/** 409: the meeting is not in a state where this can happen (a second click, or a race lost). */
export function assertStatus(status: MeetingStatus, allowed: readonly MeetingStatus[], action: string): void {
  if (allowed.includes(status)) return
  throw new Conflict('WrongMeetingState', `会议${MEETING_STATUS_LABEL[status]}，不能${action}`, { status, allowed })
}

/** V9: the meeting's and its motions' text is frozen once the notice is published; only a draft may change. */
export function assertTextEditable(status: MeetingStatus): void {
  if (status !== 'draft')
    throw new Conflict('NoticeFrozen', '公告已发布，会议和议题的文本已冻结，不能再修改（DOMAIN V9）', { status })
}
