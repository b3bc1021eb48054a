import type { Unit } from '@jiayuan/contracts'

/**
 * Units grouped by entrance (单元), read from labels written building-entrance-room (`2-2-602`), as the roll
 * documents them. A building whose labels do not all follow that form, or that has one entrance, is one group.
 */
export function entrancesOf(units: readonly Unit[]): Map<string, Unit[]> | undefined {
  const groups = new Map<string, Unit[]>()
  for (const unit of units) {
    const parts = unit.label.split('-')
    const entrance = parts.length === 3 ? parts[1] : undefined
    if (!entrance) return undefined
    groups.set(entrance, [...(groups.get(entrance) ?? []), unit])
  }
  return groups.size > 1 ? groups : undefined
}
