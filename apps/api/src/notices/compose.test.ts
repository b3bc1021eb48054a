import type { MonthlyReport } from '@jiayuan/contracts'
import type { MeetingRecord } from '@jiayuan/db'
import { announceMeeting, announceReport } from './compose'
import { announcementData, pageOf } from './subscribe'

const meeting = {
  compoundId: 'c-1',
  meetingId: 'm-1',
  title: '2025 年第一次业主大会',
  votingOpensAt: '2025-03-18T01:00:00.000Z',
  votingClosesAt: '2025-03-28T01:00:00.000Z',
  objectionDeadline: '2025-04-02T01:00:00.000Z',
} as unknown as MeetingRecord

describe('announcement texts', () => {
  it('gives the voting window of a notice in Beijing time, for owners, opening the meeting', () => {
    const entry = announceMeeting('meeting_notice', meeting, '2025-03-03T01:00:00.000Z')
    expect(entry).toMatchObject({
      work: 'announce',
      audience: 'owners',
      compoundId: 'c-1',
      at: '2025-03-03T01:00:00.000Z',
    })
    expect(entry.announcement.title).toBe('业主大会公告：2025 年第一次业主大会')
    expect(entry.announcement.body).toContain('2025年3月18日 09:00 至 2025年3月28日 09:00')
    expect(pageOf(entry.announcement)).toBe('pages/vote/meeting/index?id=m-1')
  })

  it('says why a window was extended, and when objections close; results open the result page', () => {
    expect(
      announceMeeting('voting_extended', meeting, '2025-03-27T01:00:00.000Z', '参与率不足').announcement.body,
    ).toBe('投票截止时间延长至 2025年3月28日 09:00（北京时间）。原因：参与率不足')
    const prelim = announceMeeting('result_preliminary', meeting, '2025-03-29T01:00:00.000Z').announcement
    expect(prelim.body).toContain('2025年4月2日 09:00 前提出')
    expect(prelim.link).toEqual({ to: 'result', meetingId: 'm-1' })
  })

  it('names a report correction by its version and change note, for every resident', () => {
    const report = { compoundId: 'c-1', month: '2025-02', version: 2 } as MonthlyReport
    const entry = announceReport(report, '2025-03-05T02:00:00.000Z', '更正保洁支出')
    expect(entry.audience).toBe('residents')
    expect(entry.announcement).toMatchObject({
      title: '2025年2月物业月报已更正（第 2 版）',
      body: '更正说明：更正保洁支出',
      link: { to: 'report', month: '2025-02', version: 2 },
    })
    expect(announcementData(entry.announcement)).toEqual({
      thing1: entry.announcement.title,
      time2: '2025-03-05 10:00',
      thing3: '本月收支和报修已公开',
    })
  })

  it('cuts a long meeting title to the contract’s 60 characters', () => {
    const long = { ...meeting, title: '长'.repeat(80) } as MeetingRecord
    expect(announceMeeting('result_final', long, '2025-04-03T01:00:00.000Z').announcement.title).toHaveLength(60)
  })

  it('makes ids that sort by time', () => {
    const early = announceMeeting('meeting_notice', meeting, '2025-03-03T01:00:00.000Z').announcement.announcementId
    const late = announceMeeting('meeting_notice', meeting, '2025-03-03T01:00:00.001Z').announcement.announcementId
    expect(early < late).toBe(true)
  })
})
