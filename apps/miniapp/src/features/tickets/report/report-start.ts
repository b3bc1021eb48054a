import { unitPlace } from '@jiayuan/domain'
import type { ReportDraft } from './report-draft'

/** What the form remembers from the last report on this phone (DOMAIN A4: fewer taps next time). */
export type LastReport = Pick<
  ReportDraft,
  'category' | 'placeKind' | 'buildingId' | 'entrance' | 'floor' | 'unitId' | 'placeName'
>

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

/** Reads what storage holds, dropping anything that is not the shape written. */
export function parseLastReport(raw: unknown): LastReport | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const r = raw as Record<string, unknown>
  if (r.placeKind !== 'building' && r.placeKind !== 'public') return undefined
  const fields = {
    category: text(r.category),
    buildingId: text(r.buildingId),
    entrance: text(r.entrance),
    floor: typeof r.floor === 'number' && Number.isInteger(r.floor) ? r.floor : undefined,
    unitId: text(r.unitId),
  }
  const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  return { ...kept, placeKind: r.placeKind, placeName: text(r.placeName) ?? '' }
}

export function lastReportOf(draft: ReportDraft): LastReport {
  const { description: _description, ...rest } = draft
  return rest
}

/**
 * The form as it opens: the last category and place used on this phone, else the reporter's own unit; all
 * still changeable. A remembered category the compound no longer has is dropped.
 */
export function startDraft(
  last: LastReport | undefined,
  ownUnits: ReadonlyArray<{ unitId: string; buildingId: string; label: string }>,
  categoryIds: readonly string[],
): ReportDraft {
  const category = last?.category && categoryIds.includes(last.category) ? last.category : undefined
  const base: ReportDraft = { placeKind: 'building', placeName: '', description: '', ...(category ? { category } : {}) }
  if (last && (last.placeKind === 'public' ? last.placeName : last.unitId)) {
    const { category: _category, ...place } = last
    return { ...base, ...place }
  }
  const own = ownUnits[0]
  if (!own) return base
  const { entrance, floor } = unitPlace(own.label)
  return { ...base, buildingId: own.buildingId, entrance, floor, unitId: own.unitId }
}
