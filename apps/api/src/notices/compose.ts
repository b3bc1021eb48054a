import {
  BULLETIN_KIND_LABEL,
  type AffectedEffect,
  type Announcement,
  type AnnouncementKind,
  type MonthlyReport,
} from '@jiayuan/contracts'
import {
  announcementEntry,
  announcementEntryOf,
  announcementIdAt,
  type AnnounceOutboxEntry,
  type BulletinRecord,
  type MeetingRecord,
  type MotionRecord,
} from '@jiayuan/db'
import { dateTimeText, monthText } from '@jiayuan/domain'

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

type MeetingKind = Exclude<AnnouncementKind, 'report_published' | 'bulletin'>

/**
 * The root of the sealed ballot list, printed in full in every result announcement (DOMAIN V11): a voter's
 * phone checks its own receipt against the published list and this root, not against the server's word.
 */
const rootLine = (m: MeetingRecord) => (m.ballotLog ? `选票清单根哈希：${m.ballotLog.headHash}。` : '')

/** Title and text of a meeting's announcement, from the meeting as it was just saved. */
function meetingText(kind: MeetingKind, m: MeetingRecord, reason?: string): { title: string; body: string } {
  const window =
    m.votingOpensAt && m.votingClosesAt ? `${dateTimeText(m.votingOpensAt)} 至 ${dateTimeText(m.votingClosesAt)}` : ''
  switch (kind) {
    case 'meeting_notice':
      return {
        title: `业主大会公告：${m.title}`,
        body:
          (m.scopeUnitIds && m.scopeText ? `本次表决由${m.scopeText}的业主参加。` : '') +
          `投票时间：${window}（北京时间）。请查看表决事项，按时投票。`,
      }
    case 'voting_extended':
      return {
        title: `投票时间延长：${m.title}`,
        body: `投票截止时间延长至 ${m.votingClosesAt ? dateTimeText(m.votingClosesAt) : ''}（北京时间）。${reason ? `原因：${reason}` : ''}`,
      }
    case 'result_preliminary':
      return {
        title: `初步结果已公布：${m.title}`,
        body: `${rootLine(m)}请查看表决结果。如有异议，请在 ${m.objectionDeadline ? dateTimeText(m.objectionDeadline) : ''} 前提出。`,
      }
    case 'result_final':
      return {
        title: `最终结果已公布：${m.title}`,
        body: `${rootLine(m)}${m.finalNote ? `表决结果已确定。异议处理情况：${m.finalNote}` : '表决结果已确定，请查看。'}`,
      }
  }
}

/**
 * The owners' announcement of a meeting's notice, an extended window, or a result (DOMAIN V9/V10), for the
 * same transaction as the meeting's change.
 */
export function announceMeeting(kind: MeetingKind, m: MeetingRecord, at: string, reason?: string): AnnounceOutboxEntry {
  const { title, body } = meetingText(kind, m, reason)
  const link: Announcement['link'] =
    kind === 'result_preliminary' || kind === 'result_final'
      ? { to: 'result', meetingId: m.meetingId }
      : { to: 'meeting', meetingId: m.meetingId }
  // V14: a meeting for a building or an entrance is announced to the owners of its units only.
  return announcementEntryOf(
    {
      announcementId: announcementIdAt(at),
      compoundId: m.compoundId,
      kind,
      title: cut(title, 60),
      body: cut(body, 300),
      link,
      at,
    },
    'owners',
    m.scopeUnitIds,
  )
}

const EFFECT_TEXT: Record<AffectedEffect, string> = { light: '采光', air: '通风', access: '通行' }

/**
 * DOMAIN V14: the owners of units a lift affects, told that the committee listed them on the motion and will
 * record their objection or the compensation agreed. Only the owners of `unitIds` receive it.
 */
export function announceAffected(
  m: MeetingRecord,
  motion: MotionRecord,
  unitIds: readonly string[],
  at: string,
): AnnounceOutboxEntry {
  const effects = [...new Set((motion.affected ?? []).flatMap((a) => a.effects))].map((e) => EFFECT_TEXT[e])
  return announcementEntryOf(
    {
      announcementId: announcementIdAt(at),
      compoundId: m.compoundId,
      kind: 'meeting_notice',
      title: cut(`加装电梯：您的房屋被列为受影响住户`, 60),
      body: cut(
        `${m.title}：议题“${motion.title}”可能影响您房屋的${effects.join('、')}。业委会将与您商定补偿，或记录您的反对意见；结果在议题和表决结果中公示。`,
        300,
      ),
      link: { to: 'meeting', meetingId: m.meetingId },
      at,
    },
    'owners',
    unitIds,
  )
}

/** Every resident's announcement of a published monthly report or its correction (DOMAIN D3). */
export function announceReport(report: MonthlyReport, at: string, changeNote?: string): AnnounceOutboxEntry {
  const name = `${monthText(report.month)}物业月报`
  const correction = report.version > 1
  return announcementEntry(
    {
      compoundId: report.compoundId,
      kind: 'report_published',
      title: correction ? `${name}已更正（第 ${report.version} 版）` : `${name}已发布`,
      body: cut(correction && changeNote ? `更正说明：${changeNote}` : '本月收支、报修和公示情况已公开，请查看。', 300),
      link: { to: 'report', month: report.month, version: report.version },
      at,
    },
    'residents',
  )
}

/**
 * A notice's announcement (DOMAIN T9), under the id the notice keeps: its kind in the title so the inbox line
 * reads 停水：…, and the text cut to what an inbox line holds (the notice itself keeps all of it).
 */
export function bulletinAnnouncement(b: BulletinRecord): Announcement & { link: { to: 'bulletin' } } {
  return {
    announcementId: b.announcementId,
    compoundId: b.compoundId,
    kind: 'bulletin',
    title: cut(`${BULLETIN_KIND_LABEL[b.kind]}：${b.title}`, 60),
    body: cut(`${b.scopeText}。${b.body}`, 300),
    link: { to: 'bulletin', bulletinId: b.bulletinId },
    at: b.postedAt,
  }
}

/** The outbox entry that fans a notice out to the residents it reaches (its units, when it has a scope). */
export function announceBulletin(b: BulletinRecord): AnnounceOutboxEntry {
  return announcementEntryOf(bulletinAnnouncement(b), 'residents', b.scopeUnitIds)
}
