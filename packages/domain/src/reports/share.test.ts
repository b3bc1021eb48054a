import type { MonthlyReport } from '@jiayuan/contracts'
import { InvalidInput } from '../errors'
import { ShareLinkRefused, checkShareLive, publicReport, shareExpiry } from './share'

const report = {
  compoundId: 'c1',
  month: '2025-10',
  version: 2,
  status: 'published',
  figures: {
    governance: {
      decisions: [{ meetingId: 'm1', title: '3栋2单元502室加装空调外机', status: 'final' }],
      votesInProgress: [],
      notices: [],
    },
  },
  narrative: { servicesDone: '回访 13812348888 的住户；5号楼1203漏水已修。', nextMonthPlan: '外墙清洗。' },
  draftedAt: '2025-11-01T00:00:00.000Z',
  draftedBy: 'u-staff',
  editedAt: '2025-11-02T00:00:00.000Z',
  publishedAt: '2025-11-03T02:00:00.000Z',
  publishedBy: 'u-committee',
  changeNote: '更正：联系电话 13912345678',
} as unknown as MonthlyReport

describe('share links (D3, P1)', () => {
  const now = new Date('2025-11-05T02:00:00.000Z')

  it('expire after the days the creator chose, 1 to 30', () => {
    expect(shareExpiry(7, now)).toBe('2025-11-12T02:00:00.000Z')
    expect(() => shareExpiry(0, now)).toThrow(InvalidInput)
    expect(() => shareExpiry(31, now)).toThrow('有效天数须在 1 到 30 天之间')
    expect(() => shareExpiry(1.5, now)).toThrow(InvalidInput)
  })

  it('are honoured until the instant they name, then refused in words with the Beijing time', () => {
    expect(() => checkShareLive('2025-11-05T02:00:01.000Z', now)).not.toThrow()
    const late = () => checkShareLive('2025-11-05T02:00:00.000Z', now)
    expect(late).toThrow(ShareLinkRefused)
    expect(late).toThrow('这个分享链接已于2025年11月5日 10:00（北京时间）过期')
  })

  it('show no user ids and mask phones and units in the text', () => {
    const shown = publicReport(report)
    expect(shown).not.toHaveProperty('draftedBy')
    expect(shown).not.toHaveProperty('publishedBy')
    expect(shown).not.toHaveProperty('editedAt')
    expect(shown.narrative.servicesDone).toBe('回访 138****8888 的住户；5栋**室漏水已修。')
    expect(shown.changeNote).toBe('更正：联系电话 139****5678')
    expect(shown.figures.governance.decisions[0]?.title).toBe('3栋*单元**室加装空调外机')
    expect(JSON.stringify(shown)).not.toMatch(/13812348888|u-committee|u-staff/)
  })
})
