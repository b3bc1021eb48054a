import type { Minutes } from '@jiayuan/contracts'
import { checkAgenda, checkMeetingNotice, checkMinutes, confirmPlan, draftAgenda } from './meetings'

const now = new Date('2026-12-02T02:00:00Z')

describe('checkMeetingNotice (G2: at least 3 days)', () => {
  it('refuses less than 3 days, naming startsAt', () => {
    expect(() => checkMeetingNotice('2026-12-05T01:59:00Z', now)).toThrow(/^startsAt: 会议时间至少要提前 3 天/)
    expect(() => checkMeetingNotice('2026-12-05T02:00:00Z', now)).not.toThrow()
  })
})

describe('draftAgenda', () => {
  it('starts with the previous minutes and links each item to its source', () => {
    const items = draftAgenda({
      previousMeetingId: 'm0',
      escalated: [{ ticketId: 't1', label: '电梯' }],
      overdue: [{ ticketId: 't2', label: '漏水' }],
      objections: [],
      lowRating: { quarter: '2026-Q3', score: 55 },
    })
    expect(items.map((i) => i.source.kind)).toEqual(['previous_minutes', 'escalation', 'overdue_ticket', 'rating'])
    expect(items[1]?.source).toEqual({ kind: 'escalation', ticketId: 't1' })
  })
  it('keeps the first item first on edit', () => {
    const items = draftAgenda({ escalated: [{ ticketId: 't1', label: '电梯' }], overdue: [], objections: [] })
    expect(() => checkAgenda([...items].reverse(), items)).toThrow(/^items.0/)
  })
})

const firstDecision = {
  decisionId: 'd1',
  title: '修电梯',
  owner: { kind: 'party' as const, party: 'property' as const, name: 'x' },
  dueDate: '2026-12-20',
  itemIds: ['i0'],
  ticketIds: [],
}

const minutes: Minutes = {
  attendance: [{ party: 'property', name: '孙丽', present: true }],
  notes: [],
  decisions: [firstDecision],
}

describe('checkMinutes', () => {
  const agenda = draftAgenda({ escalated: [], overdue: [], objections: [] })
  it('names a party owner by its label and refuses a due date before the meeting', () => {
    expect(checkMinutes(minutes, agenda, '2026-12-06').decisions[0]?.owner.name).toBe('物业公司')
    const early = { ...minutes, decisions: [{ ...firstDecision, dueDate: '2026-12-01' }] }
    expect(() => checkMinutes(early, agenda, '2026-12-06')).toThrow(/^decisions.0.dueDate/)
  })
})

describe('confirmPlan', () => {
  const m = { kind: 'three' as const, status: 'scheduled', confirmations: [], minutes }
  it('locks when the last of the parties confirms; a second confirmation by a party is a conflict', () => {
    expect(confirmPlan(m, 'property', ['property']).locks).toBe(false)
    const two = { ...m, confirmations: [{ party: 'property' as const }, { party: 'committee' as const }] }
    expect(confirmPlan(two, 'party_branch', ['party_branch']).locks).toBe(true)
    expect(() => confirmPlan(two, 'property', ['property'])).toThrow('已经确认过')
  })
  it('refuses someone who does not speak for the party, and a party not at a 三方 meeting', () => {
    expect(() => confirmPlan(m, 'property', ['committee'])).toThrow('不能代表物业公司')
    expect(() => confirmPlan(m, 'community', ['community'])).toThrow(/^party:/)
  })
})
