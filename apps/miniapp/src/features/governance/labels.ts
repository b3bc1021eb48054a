import type { AgendaItem } from '@jiayuan/contracts'

/** Where a drafted agenda item came from, in words, so each item says why it is there (G2). */
export function sourceText(source: AgendaItem['source']): string {
  switch (source.kind) {
    case 'previous_minutes':
      return '固定议题'
    case 'escalation':
      return '来自上报件'
    case 'overdue_ticket':
      return '来自超时工单'
    case 'objection':
      return '来自公开栏异议'
    case 'rating':
      return `来自 ${source.quarter} 服务评价`
    case 'proposal':
      return '居民提议'
    case 'manual':
      return '召集人添加'
  }
}

/** The ticket an item links to, if any. */
export function ticketOf(source: AgendaItem['source']): string | undefined {
  return source.kind === 'escalation' || source.kind === 'overdue_ticket' ? source.ticketId : undefined
}
