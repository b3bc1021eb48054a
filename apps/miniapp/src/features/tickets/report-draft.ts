import { CreateTicketRequest, type FieldIssue, type TicketLocation } from '@jiayuan/contracts'

/** The unit chip that stands for the building's shared parts (stairs, corridor, lift lobby). */
export const WHOLE_BUILDING = 'whole-building'

export interface ReportDraft {
  category?: string
  placeKind: 'building' | 'public'
  buildingId?: string
  /** A unit id, or WHOLE_BUILDING. */
  unitId?: string
  placeName: string
  description: string
}

export type ReportField = 'category' | 'location' | 'description' | 'photoKeys'
export type ReportErrors = Partial<Record<ReportField, string>>

const FIX: Record<ReportField, string> = {
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
  return draft.unitId === WHOLE_BUILDING ? { kind: 'building', buildingId: draft.buildingId } : { kind: 'unit', unitId: draft.unitId }
}

/** The query of "is this already reported?", once category and place are known. */
export function similarQuery(draft: ReportDraft): { category: string; unitId?: string; buildingId?: string; place?: string } | undefined {
  const location = locationOf(draft)
  if (!draft.category || !location) return undefined
  if (location.kind === 'unit') return { category: draft.category, unitId: location.unitId }
  if (location.kind === 'building') return { category: draft.category, buildingId: location.buildingId }
  return { category: draft.category, place: location.name }
}

const isField = (name: unknown): name is ReportField => typeof name === 'string' && name in FIX

/** The same schema the API parses with (STYLE rule 3); the messages are the form's own. */
export function validateReport(body: unknown): ReportErrors {
  const parsed = CreateTicketRequest.safeParse(body)
  if (parsed.success) return {}
  const errors: ReportErrors = {}
  for (const issue of parsed.error.issues) {
    const name = issue.path[0]
    if (isField(name)) errors[name] = FIX[name]
  }
  return errors
}

/** 400 details (`body.location.unitId`, `body.photoKeys.0`) onto the form's fields, in the API's words. */
export function errorsFromApi(issues: readonly FieldIssue[]): ReportErrors {
  const errors: ReportErrors = {}
  for (const issue of issues) {
    const name = issue.field.replace(/^body\./, '').split('.')[0]
    if (isField(name)) errors[name] = /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : FIX[name]
  }
  return errors
}
