import type { ReportTickets, TicketCategoryDef, TicketStats } from '@jiayuan/contracts'

const TOP = 5

/**
 * The report's ticket section is ticketStats itself (the figures of the stats endpoint, T2) plus two readings
 * of it: closed (confirmed or closed, T5) and the top categories with the compound's names.
 */
export function reportTickets(stats: TicketStats, categories: readonly TicketCategoryDef[]): ReportTickets {
  const names = new Map(categories.map((c) => [c.id, c.name]))
  const topCategories = Object.entries(stats.byCategory)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, TOP)
    .map(([category, count]) => ({ category, name: names.get(category) ?? category, count }))
  return { stats, closed: (stats.byStatus.confirmed ?? 0) + (stats.byStatus.closed ?? 0), topCategories }
}
