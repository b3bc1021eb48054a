import { SlaRule } from '@jiayuan/contracts'
import { defaultSettings } from '../../compound/default-settings'
import { SLA_ANY_CATEGORY, checkSlaTable, defaultPriorityFor, defaultSlaTable, findSlaRule } from './sla-table'

describe('defaultSlaTable (DOMAIN T1)', () => {
  const table = defaultSlaTable()

  it('is valid data', () => {
    for (const rule of table) expect(SlaRule.parse(rule)).toEqual(rule)
  })

  it('puts life and safety (lift entrapment) on site within 30 minutes', () => {
    expect(findSlaRule(table, 'lift', 'life_safety')?.onSiteMinutes).toBe(30)
  })

  it('has urgent utilities respond within 2 hours', () => {
    expect(findSlaRule(table, 'water_power', 'urgent')?.respondMinutes).toBe(120)
  })

  it('has general matters respond in 24 hours and resolve in 7 days', () => {
    expect(findSlaRule(table, 'repair', 'normal')).toMatchObject({ respondMinutes: 1440, resolveMinutes: 10080 })
  })

  it('has complaints respond in 24 hours', () => {
    expect(findSlaRule(table, 'noise', 'complaint')?.respondMinutes).toBe(1440)
  })

  it('has an objection to a disclosed item answered within 3 days (D2)', () => {
    expect(defaultPriorityFor(table, 'disclosure')).toBe('complaint')
    expect(findSlaRule(table, 'disclosure', 'complaint')).toMatchObject({
      respondMinutes: 1440,
      resolveMinutes: 3 * 1440,
    })
  })

  it('keeps every deadline in order: respond ≤ on site ≤ resolve', () => {
    for (const rule of table) {
      expect(rule.respondMinutes).toBeLessThanOrEqual(rule.onSiteMinutes)
      expect(rule.onSiteMinutes).toBeLessThanOrEqual(rule.resolveMinutes)
    }
  })

  it('is the table every new compound starts with', () => {
    expect(defaultSettings().slaTable).toEqual(table)
  })

  it('has a fallback row for every priority', () => {
    for (const priority of ['life_safety', 'urgent', 'normal', 'complaint'] as const) {
      expect(findSlaRule(table, 'a_category_nobody_configured', priority)?.category).toBe(SLA_ANY_CATEGORY)
    }
  })
})

describe('defaultPriorityFor', () => {
  it('starts a lift report as life and safety until staff triage it', () => {
    expect(defaultPriorityFor(defaultSlaTable(), 'lift')).toBe('life_safety')
  })
  it('falls back to normal', () => {
    expect(defaultPriorityFor(defaultSlaTable(), 'unknown')).toBe('normal')
  })
})

describe('checkSlaTable', () => {
  const categories = [
    'lift',
    'water_power',
    'repair',
    'cleaning',
    'greening',
    'security',
    'noise',
    'disclosure',
    'other',
  ]
  it('accepts the defaults', () => {
    expect(() => checkSlaTable(defaultSlaTable(), categories)).not.toThrow()
  })
  it('refuses a duplicate row', () => {
    const [first] = defaultSlaTable()
    expect(() => checkSlaTable([...defaultSlaTable(), { ...(first as SlaRule) }], categories)).toThrow(
      expect.objectContaining({ code: 'SlaTableDuplicate', kind: 'rule' }),
    )
  })
  it('refuses a category the compound does not have', () => {
    const row: SlaRule = {
      category: 'pool',
      priority: 'normal',
      respondMinutes: 60,
      onSiteMinutes: 60,
      resolveMinutes: 60,
      clock: 'calendar',
    }
    expect(() => checkSlaTable([...defaultSlaTable(), row], categories)).toThrow(
      expect.objectContaining({ code: 'SlaTableUnknownCategory' }),
    )
  })
  it('refuses a table that leaves a category without a clock', () => {
    const onlyLift = defaultSlaTable().filter((rule) => rule.category === 'lift')
    expect(() => checkSlaTable(onlyLift, categories)).toThrow(expect.objectContaining({ code: 'SlaTableIncomplete' }))
  })
})
