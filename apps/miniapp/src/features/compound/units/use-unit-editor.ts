import { useState } from 'react'
import type { Unit } from '@jiayuan/contracts'
import { areaText, editUnit, parseAreaCentiSqm } from '@jiayuan/domain'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { saveUnit } from '../api'
import { AREA_SOURCE_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from './unit-labels'

type Figure = 'registeredArea' | 'surveyedArea' | 'contractArea'
export const FIGURES: Figure[] = ['registeredArea', 'surveyedArea', 'contractArea']

const m2 = (centi: number | undefined) => (centi === undefined ? '' : String(centi / 100))

export interface UnitDraft {
  kind: Unit['kind']
  status: Unit['status']
  registeredArea: string
  surveyedArea: string
  contractArea: string
  reason: string
}

/**
 * One unit's correction: the person edits the three area figures; which one counts follows DOMAIN V4 and is shown
 * as they type (the same `editUnit` the API runs). Saving asks for a reason and a confirmation.
 */
export function useUnitEditor(compoundId: string, unit: Unit, onSaved: (u: Unit) => void) {
  const [draft, setDraft] = useState<UnitDraft>({
    kind: unit.kind,
    status: unit.status,
    registeredArea: m2(unit.registeredArea),
    surveyedArea: m2(unit.surveyedArea),
    contractArea: m2(unit.contractArea),
    reason: '',
  })
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const figures = Object.fromEntries(
    FIGURES.map((f) => [f, draft[f].trim() ? parseAreaCentiSqm(draft[f].trim()) : null]),
  ) as Record<Figure, number | null | undefined>
  const badFigure = FIGURES.find((f) => figures[f] === undefined)
  let preview: Unit | undefined
  let previewError: string | undefined
  try {
    preview = badFigure
      ? undefined
      : editUnit(unit, {
          kind: draft.kind,
          status: draft.status,
          registeredArea: figures.registeredArea ?? null,
          surveyedArea: figures.surveyedArea ?? null,
          contractArea: figures.contractArea ?? null,
        })
  } catch (err) {
    previewError = messageOf(err)
  }

  async function save(): Promise<void> {
    if (badFigure || !preview) return setError(badFigure ? '面积须为平方米数，最多两位小数，如 89.35' : previewError)
    if (!draft.reason.trim()) return setError('请写明修改原因')
    const text =
      `${unit.label}：${UNIT_KIND_LABEL[preview.kind]}，${UNIT_STATUS_LABEL[preview.status]}，` +
      `计票和收费面积 ${areaText(preview.area)}（${AREA_SOURCE_LABEL[preview.areaSource]}）。原因：${draft.reason.trim()}`
    if (!(await confirm('确认修改这套房屋？', text))) return
    setBusy(true)
    setError(undefined)
    try {
      const saved = await saveUnit(compoundId, unit.unitId, {
        kind: draft.kind,
        status: draft.status,
        registeredArea: figures.registeredArea ?? null,
        surveyedArea: figures.surveyedArea ?? null,
        contractArea: figures.contractArea ?? null,
        reason: draft.reason.trim(),
      })
      toast('已保存')
      onSaved(saved)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    draft,
    update: (patch: Partial<UnitDraft>) => setDraft((d) => ({ ...d, ...patch })),
    preview,
    previewError: badFigure ? '面积须为平方米数，最多两位小数，如 89.35' : previewError,
    error,
    busy,
    save: () => void save(),
  }
}
