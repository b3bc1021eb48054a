import { useState } from 'react'
import { shanghaiDateTime } from '@jiayuan/domain'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { errorsFromFailure } from '../../lib/form-errors'
import { newIdempotencyKey } from '../../lib/ids'
import { back } from '../../lib/navigation'
import { loadScopes, postBulletin } from './api'
import { DRAFT_FIX, requestOf, type BulletinDraft, type DraftErrors, type DraftField } from './bulletin-draft'

/** The fields a change of these draft keys clears the error of. */
const CLEARS: Record<keyof BulletinDraft, DraftField> = {
  kind: 'kind',
  title: 'title',
  body: 'body',
  scopeKind: 'scope',
  buildingId: 'scope',
  entrance: 'scope',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
}

/**
 * 发布公告. The start is now unless changed; the end is left for the author to pick. The idempotency key is made
 * once when the form opens, so a submit whose answer was lost does not post twice.
 */
export function useBulletinForm(compoundId: string) {
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [draft, setDraft] = useState<BulletinDraft>(() => ({
    title: '',
    body: '',
    startsAt: shanghaiDateTime(new Date().toISOString()),
    endsAt: '',
  }))
  const scopes = useRemote(() => loadScopes(compoundId), [compoundId])
  const [errors, setErrors] = useState<DraftErrors>({})
  const [formError, setFormError] = useState<string>()
  const [submitting, setSubmitting] = useState(false)

  function update(patch: Partial<BulletinDraft>): void {
    setDraft((d) => ({ ...d, ...patch }))
    setFormError(undefined)
    setErrors((e) => {
      const next = { ...e }
      for (const key of Object.keys(patch) as Array<keyof BulletinDraft>) delete next[CLEARS[key]]
      return next
    })
  }

  async function submit(): Promise<void> {
    if (submitting) return
    const checked = requestOf(draft, idempotencyKey)
    if (checked.errors) {
      setErrors(checked.errors)
      setFormError('请按提示补全标红的项目')
      return
    }
    setSubmitting(true)
    try {
      await postBulletin(compoundId, checked.request)
      toast('公告已发布')
      back()
    } catch (err) {
      setErrors(errorsFromFailure(err, DRAFT_FIX))
      setFormError(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  return { draft, update, scopes, errors, formError, submitting, submit: () => void submit() }
}
