import { useEffect, useState } from 'react'
import type { Meeting, MeetingKind, MotionDraft } from '@jiayuan/contracts'
import { CreateMeetingRequest } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { errorsFromZod } from '../../../lib/form-errors'
import { newIdempotencyKey } from '../../../lib/ids'
import { useRemote } from '../../../hooks/use-remote'
import type { ScopeDraft } from '../../../components/scope-picker'
import { createMeeting, loadPlaces, updateMeeting } from '../api'

export interface DraftMotion {
  matterType?: MotionDraft['matterType']
  title: string
  text: string
  attachments: MotionDraft['attachments']
  template?: MotionDraft['template']
}

const FIX = {
  kind: '请选择会议类型',
  title: '会议名称：请填写（最多 100 字）',
  description: '会议说明最多 2000 字',
  scope: '请选择表决范围（楼栋和单元）',
  motions: '请把每个议题的标题（最多 100 字）和内容填写完整，最多 20 项',
}

const emptyMotion = (): DraftMotion => ({ title: '', text: '', attachments: [] })

/**
 * A meeting draft with its motions, checked with the contract's own schema before it is sent (STYLE rule 3).
 * New drafts carry an idempotency key made when the form opens; edits carry the revision that was read.
 */
export function useMeetingEditor(compoundId: string, existing: Meeting | undefined, onSaved: (m: Meeting) => void) {
  const [key] = useState(newIdempotencyKey)
  const [kind, setKind] = useState<MeetingKind>('regular')
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [motions, setMotions] = useState<DraftMotion[]>([emptyMotion()])
  // DOMAIN V14: whole compound by default; a building or entrance picked from the roll.
  const [scope, setScope] = useState<ScopeDraft>({ scopeKind: 'compound' })
  const places = useRemote(() => loadPlaces(compoundId), [compoundId])
  const [error, setError] = useState<string | undefined>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (!existing) return
    setKind(existing.kind)
    setTitle(existing.title)
    setDescription(existing.description)
    setScope(
      existing.scope.kind === 'compound'
        ? { scopeKind: 'compound' }
        : {
            scopeKind: existing.scope.kind,
            buildingId: existing.scope.buildingId,
            ...(existing.scope.kind === 'entrance' ? { entrance: existing.scope.entrance } : {}),
          },
    )
    setMotions(
      existing.motions.map((x) => ({
        matterType: x.matterType,
        title: x.title,
        text: x.text,
        attachments: x.attachments.map(({ key: k, name }) => ({ key: k, name })),
        ...(x.template ? { template: x.template } : {}),
      })),
    )
  }, [existing])

  const setMotion = (i: number, patch: Partial<DraftMotion>) =>
    setMotions((ms) => ms.map((x, j) => (j === i ? { ...x, ...patch } : x)))

  async function save(): Promise<void> {
    const missingType = motions.findIndex((x) => x.matterType === undefined)
    if (missingType >= 0) return setError(`议题${missingType + 1}：请选择表决事项类型`)
    const parsed = CreateMeetingRequest.safeParse({
      kind,
      title,
      description,
      scope: { kind: scope.scopeKind, buildingId: scope.buildingId, entrance: scope.entrance },
      motions,
      idempotencyKey: key,
    })
    if (!parsed.success) return setError(Object.values(errorsFromZod(parsed.error, FIX))[0] ?? '请把会议内容填写完整')
    setSaving(true)
    setError(undefined)
    try {
      const ids = existing ? { compoundId, meetingId: existing.meetingId } : undefined
      const { idempotencyKey: _k, ...body } = parsed.data
      onSaved(
        ids && existing
          ? await updateMeeting(ids, { ...body, revision: existing.revision })
          : await createMeeting(compoundId, parsed.data),
      )
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setSaving(false)
    }
  }

  return {
    kind,
    setKind,
    title,
    setTitle,
    description,
    setDescription,
    motions,
    setMotion,
    scope,
    setScope: (patch: ScopeDraft) => setScope((s) => ({ ...s, ...patch })),
    places,
    addMotion: () => setMotions((ms) => [...ms, emptyMotion()]),
    removeMotion: (i: number) => setMotions((ms) => ms.filter((_, j) => j !== i)),
    error,
    saving,
    save: () => void save(),
  }
}
