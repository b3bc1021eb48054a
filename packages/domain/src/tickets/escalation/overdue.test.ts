import { at, makeTicket } from '../ticket-fixture'
import { escalationClock } from './clock'
import { defaultEscalationSla, openEscalationCase } from './escalation-sla'
import { flagEscalationOverdue } from './overdue'

const opened = (to: 'community' | 'street' = 'community') =>
  makeTicket({
    status: 'escalated',
    escalationCase: openEscalationCase(
      { category: 'lift', priority: 'life_safety' },
      to,
      at('2024-06-03 09:00').toISOString(),
      defaultEscalationSla(),
    ),
  })

describe('overdue escalations (DOMAIN T12)', () => {
  it('flags the missed signature at 2 h and the missed feedback at the class deadline, each once', () => {
    expect(flagEscalationOverdue(opened(), at('2024-06-03 10:59'))).toBeNull()
    const first = flagEscalationOverdue(opened(), at('2024-06-03 11:00'))
    // Risk to life: feedback is due at 2 h as well, so both are flagged in one event.
    expect(first?.event.escalationMilestones).toEqual(['sign', 'feedback'])
    expect(first && flagEscalationOverdue(first.ticket, at('2024-06-03 12:00'))).toBeNull()
  })

  it('does not flag receivers who do not work in the app, nor a case already answered', () => {
    expect(flagEscalationOverdue(opened('street'), at('2024-06-05 09:00'))).toBeNull()
    const base = opened()
    const answered = {
      ...base,
      escalationCase: base.escalationCase && { ...base.escalationCase, state: 'answered' as const },
    }
    expect(flagEscalationOverdue(answered, at('2024-06-05 09:00'))).toBeNull()
  })

  it('shows the clock of the step awaited, negative minutes once late', () => {
    const c = opened().escalationCase
    expect(c && escalationClock(c, at('2024-06-03 11:30'))).toEqual({
      awaiting: 'sign',
      dueAt: at('2024-06-03 11:00').toISOString(),
      minutesLeft: -30,
      overdue: true,
    })
  })
})
