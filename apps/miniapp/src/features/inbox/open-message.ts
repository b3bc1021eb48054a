import type { AnnouncementKind, InboxLink, InboxMessage } from '@jiayuan/contracts'
import { go } from '../../lib/navigation'
import { openVotePage } from '../../lib/vote-pages'

/** What each announcement kind is called in the list, in plain words. */
export const ANNOUNCEMENT_LABEL: Record<AnnouncementKind, string> = {
  meeting_notice: '业主大会公告',
  voting_extended: '投票延期',
  result_preliminary: '初步结果',
  result_final: '最终结果',
  report_published: '物业月报',
  bulletin: '公告',
}

/** The tag of a message: an announcement's kind, the answer to one's objection, or 报修进度 for a ticket. */
export function kindLabel(kind: string): string {
  if (kind === 'objection_answered') return '异议答复'
  if (kind.startsWith('decision_')) return '联席会议决定'
  if (kind.startsWith('care_')) return '窗帘之约'
  if (kind === 'neighbour_ask') return '邻里互助'
  if (kind === 'key_custody') return '钥匙管家'
  if (kind === 'volunteer_team') return '志愿服务队'
  if (kind === 'rectification') return '整改通知'
  if (kind === 'assessment_published') return '季度考评'
  return kind in ANNOUNCEMENT_LABEL ? ANNOUNCEMENT_LABEL[kind as AnnouncementKind] : '报修进度'
}

/**
 * Opens what a message is about: the meeting, its result, the month's report, the notice, or the ticket. A
 * personal message (`from`, G4) is about a compound the person is not a member of: its pages open on that
 * compound (the notice, the evaluation, the request read-only), never on the person's own.
 */
export function openLink(link: InboxLink, from?: Pick<InboxMessage, 'compoundId' | 'kind'>): void {
  if (from && openAbove(link, from)) return
  switch (link.to) {
    case 'meeting':
      openVotePage('meeting', { id: link.meetingId })
      return
    case 'result':
      openVotePage('result', { id: link.meetingId })
      return
    case 'report':
      go('monthlyReport', { month: link.month })
      return
    case 'bulletin':
      go('bulletinDetail', { id: link.bulletinId })
      return
    case 'ticket':
      go('ticketDetail', { id: link.ticketId })
      return
    case 'decision':
      go('decisions', { id: link.decisionId })
      return
    case 'care':
      go('careElder', { id: link.elderId })
      return
    case 'ask':
      go('neighbours', { id: link.askId })
      return
    case 'key':
      go('keys', { id: link.keyId })
      return
    case 'team':
      go('teams', { id: link.teamId })
      return
    case 'rectification':
      go('rectDetail', { id: link.noticeId })
      return
    case 'assessment':
      go('assessmentResult', { quarter: link.quarter })
  }
}

/** A personal message's page, on the message's compound; false for a link with no such page. */
function openAbove(link: InboxLink, { compoundId, kind }: Pick<InboxMessage, 'compoundId' | 'kind'>): boolean {
  switch (link.to) {
    case 'rectification':
      go('rectDetail', { compoundId, id: link.noticeId })
      return true
    case 'assessment':
      go('assessmentResult', { compound: compoundId, quarter: link.quarter })
      return true
    case 'ticket':
      // A department's user answers a whistled request on its desk; staff above read the ticket as it stands.
      if (kind === 'whistle_received') go('departmentDesk', {})
      else go('aboveTicket', { compoundId, id: link.ticketId })
      return true
    default:
      return false
  }
}
