import { useState } from 'react'
import type { Binding } from '@jiayuan/contracts'
import { messageOf } from '../../lib/api-error'
import { errorsFromFailure } from '../../lib/form-errors'
import { newIdempotencyKey } from '../../lib/ids'
import { submitBinding } from './api'
import { useEvidenceUpload } from './use-evidence-upload'
import { BINDING_FIX, validateBinding, type FieldErrors } from './validate'

export interface BindingDraft {
  buildingId?: string
  unitId?: string
  claimedName: string
  relation: 'owner' | 'co_owner'
}

/**
 * The owner-binding form. Its idempotency key is made once when the form opens and reused on every retry,
 * so a submit whose answer was lost does not file a second request.
 */
export function useBindingForm(compoundId: string | undefined) {
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [draft, setDraft] = useState<BindingDraft>({ claimedName: '', relation: 'owner' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<Binding | undefined>()
  const evidence = useEvidenceUpload(compoundId)

  function update(patch: Partial<BindingDraft>): void {
    setDraft((d) => ({ ...d, ...patch }))
    setFormError(undefined)
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k as keyof FieldErrors]
      if ('buildingId' in patch) delete next.unitId
      return next
    })
  }

  async function submit(): Promise<void> {
    if (!compoundId || submitting) return
    const body = {
      unitId: draft.unitId ?? '',
      claimedName: draft.claimedName.trim(),
      relation: draft.relation,
      evidenceKey: evidence.key ?? '',
      idempotencyKey,
    }
    const found = validateBinding(body)
    setErrors(found)
    setFormError(Object.keys(found).length ? '请按提示改正标红的项目' : undefined)
    if (Object.keys(found).length) return
    setSubmitting(true)
    try {
      setResult(await submitBinding(compoundId, body))
    } catch (err) {
      const fields = errorsFromFailure(err, BINDING_FIX)
      setErrors(fields)
      setFormError(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  return { draft, update, evidence, errors, formError, submitting, result, submit: () => void submit() }
}
