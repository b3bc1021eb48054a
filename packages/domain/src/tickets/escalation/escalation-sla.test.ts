import { defaultEscalationSla, escalationClassOf, openEscalationCase } from './escalation-sla'

describe('the receiver’s clock per class (DOMAIN T12)', () => {
  const sla = defaultEscalationSla()
  const at = '2026-12-02T01:00:00.000Z'

  it.each([
    [{ category: 'lift', priority: 'life_safety' as const }, 'life_property', '2026-12-02T03:00:00.000Z'],
    [{ category: 'water_power', priority: 'normal' as const }, 'utilities', '2026-12-03T01:00:00.000Z'],
    [{ category: 'repair', priority: 'urgent' as const }, 'utilities', '2026-12-03T01:00:00.000Z'],
    [{ category: 'noise', priority: 'normal' as const }, 'general', '2026-12-09T01:00:00.000Z'],
    [{ category: 'other', priority: 'normal' as const }, 'complex', '2026-12-17T01:00:00.000Z'],
  ])('%j is %s, feedback by %s, signed for within 2 h', (ticket, kind, feedbackBy) => {
    expect(escalationClassOf(ticket, sla)).toBe(kind)
    const opened = openEscalationCase(ticket, 'community', at, sla)
    expect(opened).toMatchObject({ class: kind, state: 'awaiting_sign', feedbackBy, receiver: 'community' })
    expect(opened.signBy).toBe('2026-12-02T03:00:00.000Z')
  })

  it('follows the compound’s own table: first matching row wins, its numbers are used', () => {
    const own = {
      signMinutes: 30,
      feedbackMinutes: { ...sla.feedbackMinutes, general: 60 },
      classes: [{ category: 'noise', class: 'general' as const }, { class: 'complex' as const }],
    }
    expect(escalationClassOf({ category: 'repair', priority: 'normal' }, own)).toBe('complex')
    const opened = openEscalationCase({ category: 'noise', priority: 'normal' }, 'street', at, own)
    expect(opened).toMatchObject({ signBy: '2026-12-02T01:30:00.000Z', feedbackBy: '2026-12-02T02:00:00.000Z' })
  })
})
