import { disclosureBoard, objectionDescription, objectionReplyBy } from './disclosure'

const DAY = 86_400_000

describe('disclosure board (D1)', () => {
  const updatedAt = '2025-01-01T00:00:00.000Z'
  const stored = [
    { section: 'budget' as const, content: '2025 年度预算', persons: [], version: 3, updatedAt, updatedBy: 'u1' },
  ]

  it('shows every fixed section; never published means stale', () => {
    const board = disclosureBoard(stored, 30, new Date(updatedAt))
    expect(board).toHaveLength(11)
    expect(board.filter((s) => s.stale).map((s) => s.section)).not.toContain('budget')
    expect(board.find((s) => s.section === 'company')).toMatchObject({
      content: null,
      version: 0,
      dueBy: null,
      stale: true,
    })
  })

  it('turns stale only after the frequency has passed', () => {
    const due = new Date(Date.parse(updatedAt) + 30 * DAY)
    expect(disclosureBoard(stored, 30, due).find((s) => s.section === 'budget')).toMatchObject({
      dueBy: due.toISOString(),
      stale: false,
    })
    expect(disclosureBoard(stored, 30, new Date(due.getTime() + 1)).find((s) => s.section === 'budget')?.stale).toBe(
      true,
    )
  })
})

describe('objections (D2)', () => {
  it('are answered within 3 days by default, stated in Shanghai time on the ticket', () => {
    const replyBy = objectionReplyBy(new Date('2025-03-01T02:00:00Z'))
    expect(replyBy).toBe('2025-03-04T02:00:00.000Z')
    expect(objectionDescription('fee_standards', 2, ' 停车费涨价未公示 ', replyBy)).toBe(
      '【公示异议】收费项目与收费标准（第2版）：停车费涨价未公示（请于 2025年3月4日 10:00 前答复）',
    )
  })
})
