import { useState } from 'react'
import { CreateProjectRequest, type ConsentMotion, type ProjectView, type ShareRule } from '@jiayuan/contracts'
import { parseShanghaiDateTime } from '@jiayuan/domain'
import { ApiError, messageOf } from '../../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { newIdempotencyKey } from '../../../lib/ids'
import { createProject } from '../api'
import { fenFromInput } from '../shared/money'

const FIX = {
  title: '请填写项目名称（2–60 个字）',
  description: '说明不能超过 1000 个字',
  motionId: '请选择本楼（单元）业主已通过的第 7 类表决',
  scope: '请选择本楼（单元）业主已通过的第 7 类表决',
  targetFen: '请填写目标金额（元），如 480000',
  rule: '请选择分摊方式并填好系数',
  deadline: '请选择认缴截止时间，须晚于现在',
}
type Field = keyof typeof FIX

export type RuleKind = ShareRule['kind']

export interface ProjectDraft {
  title: string
  description: string
  motion?: ConsentMotion
  target: string
  ruleKind: RuleKind
  /** Typed as the page shows them: floors and decimals (`2`, `0.7`, `0.1`). */
  exemptThroughFloor: string
  startCoefficient: string
  step: string
  /** `2026-12-31 18:00`, Beijing time. */
  deadline: string
}

const hundredths = (text: string) => {
  const n = Number(text.trim())
  return text.trim() !== '' && Number.isFinite(n) ? Math.round(n * 100) : undefined
}

export function ruleOf(d: ProjectDraft): Partial<ShareRule> {
  if (d.ruleKind !== 'by_floor') return { kind: d.ruleKind }
  return {
    kind: 'by_floor',
    exemptThroughFloor: d.exemptThroughFloor.trim() === '' ? undefined : Number(d.exemptThroughFloor),
    startCoefficient: hundredths(d.startCoefficient),
    step: hundredths(d.step),
  } as Partial<ShareRule>
}

/** 发起众筹项目: checked with the schema the API parses; the API's refusals land under the field they name. */
export function useProjectForm(compoundId: string) {
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [draft, setDraft] = useState<ProjectDraft>({
    title: '',
    description: '',
    target: '',
    ruleKind: 'by_floor',
    exemptThroughFloor: '2',
    startCoefficient: '0.7',
    step: '0.1',
    deadline: '',
  })
  const [errors, setErrors] = useState<FormErrors<Field>>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<ProjectView | undefined>()

  const update = (patch: Partial<ProjectDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setFormError(undefined)
  }

  async function submit() {
    if (submitting) return
    const body = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      scope: draft.motion?.scope,
      targetFen: fenFromInput(draft.target),
      rule: ruleOf(draft),
      deadline: parseShanghaiDateTime(draft.deadline),
      meetingId: draft.motion?.meetingId,
      motionId: draft.motion?.motionId,
      idempotencyKey,
    }
    const parsed = CreateProjectRequest.safeParse(body)
    setErrors(parsed.success ? {} : errorsFromZod(parsed.error, FIX))
    if (!parsed.success) return setFormError('请按提示改正标红的项目')
    setSubmitting(true)
    try {
      setResult(await createProject({ compoundId }, parsed.data))
    } catch (err) {
      // A rule the API checks (deadline passed, vote of another scope) names its field in `details.field`.
      const named = err instanceof ApiError ? (err.details as { field?: string } | undefined)?.field : undefined
      const head = named?.replace(/^body\./, '').split('.')[0] as Field | undefined
      setErrors(head && head in FIX ? { [head]: messageOf(err) } : errorsFromFailure(err, FIX))
      setFormError(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  return { draft, update, errors, formError, submitting, result, submit: () => void submit() }
}
