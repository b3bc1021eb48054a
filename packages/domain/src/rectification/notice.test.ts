import type { RectificationNotice } from '@jiayuan/contracts'
import { dueCards, giveCards, issueNotice, reinspectNotice, replyToNotice } from './notice'

const DAY = 86_400_000
const t0 = new Date('2026-12-01T02:00:00.000Z')
const at = (days: number) => new Date(t0.getTime() + days * DAY)

function notice(severity: 'general' | 'life_safety' = 'general', days?: number): RectificationNotice {
  return issueNotice({
    noticeId: 'n1',
    compoundId: 'c1',
    compoundName: '和谐家园',
    company: { companyId: 'co', name: '安居物业' },
    issuer: { userId: 'u1', name: '钱进', side: 'street', orgName: '朝晖街道' },
    body: {
      category: 'fire_safety',
      text: '消防通道堆放杂物',
      evidenceKeys: ['k'],
      severity,
      ...(days ? { days } : {}),
      idempotencyKey: 'idem-0001',
    },
    now: t0,
  })
}

describe('rectification notice (DOMAIN S3)', () => {
  it('sets the deadline from the severity: 24 hours for life and safety, else the days chosen', () => {
    expect(notice('life_safety').deadline).toBe(at(1).toISOString())
    expect(notice('general', 7).deadline).toBe(at(7).toISOString())
  })

  it('refuses a re-inspection before the reply (409), and a second reply', () => {
    const n = notice('general', 7)
    expect(() => reinspectNotice(n, { passed: true, note: '看过', expectedVersion: 1 }, '钱进', at(1))).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'NotRepliedYet' }),
    )
    const replied = replyToNotice(n, { note: '已清理', photoKeys: ['p'], expectedVersion: 1 }, '孙经理', at(2))
    expect(replied.status).toBe('replied')
    expect(() => replyToNotice(replied, { note: '再回', photoKeys: ['p'], expectedVersion: 2 }, 'x', at(2))).toThrow(
      expect.objectContaining({ code: 'AlreadyReplied' }),
    )
  })

  it('refuses a stale version (two re-inspections: one outcome)', () => {
    const replied = replyToNotice(
      notice('general', 7),
      { note: '已清理', photoKeys: ['p'], expectedVersion: 1 },
      's',
      at(1),
    )
    expect(() => reinspectNotice(replied, { passed: true, note: '好', expectedVersion: 1 }, 'q', at(2))).toThrow(
      expect.objectContaining({ code: 'NoticeChanged' }),
    )
  })

  it('a failed re-inspection reopens with a new deadline; general needs the days (400 naming body.days)', () => {
    const replied = replyToNotice(
      notice('general', 7),
      { note: '已清理', photoKeys: ['p'], expectedVersion: 1 },
      's',
      at(1),
    )
    expect(() => reinspectNotice(replied, { passed: false, note: '没清完', expectedVersion: 2 }, 'q', at(2))).toThrow(
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('body.days') }),
    )
    const reopened = reinspectNotice(
      replied,
      { passed: false, note: '没清完', days: 7, expectedVersion: 2 },
      'q',
      at(2),
    )
    expect(reopened).toMatchObject({ status: 'open', deadline: at(9).toISOString() })
    expect(reopened.trail.map((s) => s.kind)).toEqual(['issued', 'replied', 'failed'])
    const passed = reinspectNotice(replied, { passed: true, note: '已清', expectedVersion: 2 }, 'q', at(2))
    expect(passed.status).toBe('closed')
  })

  it('escalates a missed deadline in steps: yellow on the deadline, red 3 days later, then 约谈', () => {
    const n = notice('general', 7)
    expect(dueCards(n, at(6.9))).toEqual([])
    expect(dueCards(n, at(7))).toEqual(['yellow'])
    expect(dueCards(n, at(10))).toEqual(['yellow', 'red'])
    expect(dueCards(n, at(30))).toEqual(['yellow', 'red', 'interview'])
    const yellow = giveCards(n, ['yellow'], at(7))
    expect(yellow).toMatchObject({ card: 'yellow', overdue: true, version: 2 })
    expect(dueCards(yellow, at(8))).toEqual([])
    expect(dueCards(yellow, at(10))).toEqual(['red'])
    const all = giveCards(yellow, ['red', 'interview'], at(20))
    expect(dueCards(all, at(100))).toEqual([])
  })

  it('a reopened notice that misses its new deadline goes on from the card it had', () => {
    const carded = giveCards(notice('life_safety'), ['yellow'], at(1))
    const replied = replyToNotice(carded, { note: '已整改', photoKeys: ['p'], expectedVersion: 2 }, 's', at(1.5))
    expect(replied.overdue).toBe(false)
    expect(dueCards(replied, at(10))).toEqual([])
    const reopened = reinspectNotice(replied, { passed: false, note: '未整改到位', expectedVersion: 3 }, 'q', at(2))
    expect(dueCards(reopened, at(2.9))).toEqual([])
    expect(dueCards(reopened, at(3))).toEqual(['red'])
  })
})
