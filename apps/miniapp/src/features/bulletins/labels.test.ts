import { authorText, countsText, periodText } from './labels'

describe('notice labels', () => {
  it('says the period in Beijing time, the day once when it ends the same day', () => {
    expect(periodText({ startsAt: '2026-12-09T01:00:00.000Z', endsAt: '2026-12-09T09:00:00.000Z' })).toBe(
      '12月9日 09:00 至 17:00',
    )
    expect(periodText({ startsAt: '2026-12-09T15:00:00.000Z', endsAt: '2026-12-10T01:00:00.000Z' })).toBe(
      '12月9日 23:00 至 12月10日 09:00',
    )
  })

  it('names the author by the role residents know, and the counts as people read them', () => {
    expect(authorText({ author: { name: '孙丽', role: 'property_staff' } })).toBe('物业 孙丽')
    expect(authorText({ author: { name: '周明', role: 'committee_member' } })).toBe('业委会 周明')
    expect(countsText({ read: 1, expected: 27 })).toBe('已读 1 / 应读 27')
  })
})
