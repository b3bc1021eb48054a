import type { AnnouncementKind, AnnouncementLink } from '@jiayuan/contracts'
import { go } from '../../lib/navigation'
import { openVotePage } from '../../lib/vote-pages'

/** What each kind is called in the list, in plain words. */
export const KIND_LABEL: Record<AnnouncementKind, string> = {
  meeting_notice: '业主大会公告',
  voting_extended: '投票延期',
  result_preliminary: '初步结果',
  result_final: '最终结果',
  report_published: '物业月报',
}

/** Opens what a message is about: the meeting, its result, or the month's report. */
export function openLink(link: AnnouncementLink): void {
  switch (link.to) {
    case 'meeting':
      openVotePage('meeting', { id: link.meetingId })
      return
    case 'result':
      openVotePage('result', { id: link.meetingId })
      return
    case 'report':
      go('monthlyReport', { month: link.month })
  }
}
