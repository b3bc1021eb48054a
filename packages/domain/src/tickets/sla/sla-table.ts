import type { Priority, SlaRule } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'

const H = 60
const D = 24 * H

/** Category of the fallback rows: a compound's own category with no row of its own still has a clock. */
export const SLA_ANY_CATEGORY = '*'

/**
 * DOMAIN T1 defaults, editable per compound. From T1: lift entrapment on site in 30 minutes; urgent utilities
 * respond in 2 hours; general respond in 24 hours and resolve in 7 days; complaints respond in 24 hours. The
 * other figures (respond 10 min to an entrapment, on site in 3 days for general matters, …) are our defaults.
 * "24 hours" and "7 days" are read literally, so every default runs on the calendar clock. Categories match
 * the default ticket categories of `defaultSettings()`.
 */
export function defaultSlaTable(): SlaRule[] {
  const lifeSafety = { priority: 'life_safety', respondMinutes: 10, onSiteMinutes: 30, resolveMinutes: 4 * H } as const
  const urgent = { priority: 'urgent', respondMinutes: 2 * H, onSiteMinutes: 4 * H, resolveMinutes: 2 * D } as const
  const normal = { priority: 'normal', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D } as const
  const complaint = { priority: 'complaint', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D } as const
  const rows = [
    { category: 'lift', ...lifeSafety },
    // A stopped lift with nobody inside is urgent, not life and safety.
    { category: 'lift', ...urgent },
    { category: 'water_power', ...urgent },
    { category: 'repair', ...normal },
    { category: 'cleaning', ...normal, onSiteMinutes: 2 * D },
    { category: 'greening', ...normal },
    { category: 'security', ...urgent },
    { category: 'noise', ...complaint },
    // DOMAIN D2: an objection to a disclosed item is answered within 3 days.
    { category: 'disclosure', ...complaint, resolveMinutes: 3 * D },
    { category: 'other', ...normal },
    { category: SLA_ANY_CATEGORY, ...lifeSafety },
    { category: SLA_ANY_CATEGORY, ...urgent },
    { category: SLA_ANY_CATEGORY, ...normal },
    { category: SLA_ANY_CATEGORY, ...complaint },
  ]
  return rows.map((row) => ({ ...row, clock: 'calendar' }))
}

/** The (category, priority) row, else the category-less row of that priority. */
export function findSlaRule(table: readonly SlaRule[], category: string, priority: Priority): SlaRule | undefined {
  return (
    table.find((rule) => rule.category === category && rule.priority === priority) ??
    table.find((rule) => rule.category === SLA_ANY_CATEGORY && rule.priority === priority)
  )
}

/** A new report takes its category's first row's priority (so a lift report starts as life and safety). */
export function defaultPriorityFor(table: readonly SlaRule[], category: string): Priority {
  return table.find((rule) => rule.category === category)?.priority ?? 'normal'
}

/**
 * A table staff may save (DOMAIN T1): one row per (category, priority); categories the compound knows, or the
 * fallback `*`; and every category must find a row for the priority a new report of it gets.
 */
export function checkSlaTable(table: readonly SlaRule[], categoryIds: readonly string[]): void {
  const seen = new Set<string>()
  for (const rule of table) {
    const key = `${rule.category}/${rule.priority}`
    if (seen.has(key))
      throw new RuleViolation('SlaTableDuplicate', `SLA 表中 ${key} 重复`, { field: 'body.slaTable', row: key })
    seen.add(key)
    if (rule.category !== SLA_ANY_CATEGORY && !categoryIds.includes(rule.category)) {
      throw new RuleViolation('SlaTableUnknownCategory', `没有这个工单类别：${rule.category}`, {
        field: 'body.slaTable',
        category: rule.category,
      })
    }
  }
  const uncovered = categoryIds.filter((id) => !findSlaRule(table, id, defaultPriorityFor(table, id)))
  if (uncovered.length > 0) {
    throw new RuleViolation('SlaTableIncomplete', `这些类别没有适用的时限：${uncovered.join(', ')}`, {
      field: 'body.slaTable',
      categories: uncovered,
    })
  }
}
