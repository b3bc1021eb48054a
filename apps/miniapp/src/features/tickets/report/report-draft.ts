import { CreateTicketRequest, type TicketLocation } from '@jiayuan/contracts'
import { errorsFromZod, type FormErrors } from '../../../lib/form-errors'

/**
 * The chip that stands for the shared parts (stairs, corridor, lift lobby) of the deepest level chosen: the
 * building when no entrance is picked, the entrance when no floor is, else that floor.
 */
export const PUBLIC_PART = 'public-part'

export interface ReportDraft {
  category?: string
  placeKind: 'building' | 'public'
  buildingId?: string
  /** The entrance (单元) picked, as the roll labels name it (`1`). */
  entrance?: string
  /** The floor picked; undefined also for the group of rooms whose floor the number does not tell. */
  floor?: number
  /** A unit id, or PUBLIC_PART. */
  unitId?: string
  placeName: string
  description: string
}

export type ReportField = 'category' | 'location' | 'description' | 'photoKeys'
export type ReportErrors = FormErrors<ReportField>

export const REPORT_FIX: Record<ReportField, string> = {
  category: '请选一个类别',
  location: '请选楼栋和房号（或楼道公共部位），或写下公共区域的名称',
  description: '请用几句话说明问题（最多 500 字）',
  photoKeys: '请至少拍一张照片，并等它上传完',
}

export function locationOf(draft: ReportDraft): TicketLocation | undefined {
  if (draft.placeKind === 'public') {
    const name = draft.placeName.trim()
    return name ? { kind: 'public', name } : undefined
  }
  if (!draft.buildingId || !draft.unitId) return undefined
  if (draft.unitId !== PUBLIC_PART) return { kind: 'unit', unitId: draft.unitId }
  return {
    kind: 'building',
    buildingId: draft.buildingId,
    ...(draft.entrance === undefined ? {} : { entrance: draft.entrance }),
    ...(draft.floor === undefined ? {} : { floor: draft.floor }),
  }
}

/** The query of "is this already reported?", once category and place are known. */
export function similarQuery(
  draft: ReportDraft,
): { category: string; unitId?: string; buildingId?: string; place?: string } | undefined {
  const location = locationOf(draft)
  if (!draft.category || !location) return undefined
  if (location.kind === 'unit') return { category: draft.category, unitId: location.unitId }
  if (location.kind === 'building') return { category: draft.category, buildingId: location.buildingId }
  return { category: draft.category, place: location.name }
}

/** The same schema the API parses with (STYLE rule 3). */
export function validateReport(body: unknown): ReportErrors {
  const parsed = CreateTicketRequest.safeParse(body)
  return parsed.success ? {} : errorsFromZod(parsed.error, REPORT_FIX)
}
