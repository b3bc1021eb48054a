import { PostBulletinRequest, type BulletinKind, type PostBulletinRequest as Request } from '@jiayuan/contracts'
import { parseShanghaiDateTime } from '@jiayuan/domain'
import { errorsFromZod, type FormErrors } from '../../lib/form-errors'

import type { ScopeKind } from '../../components/scope-picker'

/** The form as it is being filled: times as the pickers speak them (`2026-12-09 09:00`, Beijing time). */
export interface BulletinDraft {
  kind?: BulletinKind
  title: string
  body: string
  scopeKind?: ScopeKind
  buildingId?: string
  entrance?: string
  startsAt: string
  endsAt: string
}

export type DraftField = 'kind' | 'title' | 'body' | 'scope' | 'startsAt' | 'endsAt'
export type DraftErrors = FormErrors<DraftField>

/** What each field says when the schema's own words are not Chinese. */
export const DRAFT_FIX: Record<DraftField, string> = {
  kind: '请选择公告类别',
  title: '请填写标题',
  body: '请填写正文',
  scope: '请选择发布范围',
  startsAt: '请选择开始时间',
  endsAt: '请选择结束时间',
}

function scopeOf(d: BulletinDraft): unknown {
  if (d.scopeKind === 'compound') return { kind: 'compound' }
  if (d.scopeKind === 'building') return { kind: 'building', buildingId: d.buildingId }
  if (d.scopeKind === 'entrance') return { kind: 'entrance', buildingId: d.buildingId, entrance: d.entrance }
  return undefined
}

/**
 * The request the form sends, checked with the same schema the API parses it with (STYLE rule 3): the request,
 * or the errors to show under each field.
 */
export function requestOf(
  d: BulletinDraft,
  idempotencyKey: string,
): { request: Request; errors?: undefined } | { request?: undefined; errors: DraftErrors } {
  const startsAt = parseShanghaiDateTime(d.startsAt)
  const endsAt = parseShanghaiDateTime(d.endsAt)
  const parsed = PostBulletinRequest.safeParse({
    kind: d.kind,
    title: d.title,
    body: d.body,
    scope: scopeOf(d),
    ...(startsAt ? { startsAt } : {}),
    ...(endsAt ? { endsAt } : {}),
    idempotencyKey,
  })
  return parsed.success ? { request: parsed.data } : { errors: errorsFromZod(parsed.error, DRAFT_FIX) }
}
