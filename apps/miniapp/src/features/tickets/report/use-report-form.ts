import { useEffect, useRef, useState } from 'react'
import { TICKET_PHOTOS_MAX, type TicketView } from '@jiayuan/contracts'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { errorsFromFailure } from '../../../lib/form-errors'
import { newIdempotencyKey } from '../../../lib/ids'
import { readStored, writeStored } from '../../../lib/storage'
import { useMembership, useSession } from '../../../state/session'
import { createTicket, followTicket, loadSimilar, loadUnits } from '../api'
import { lastReportOf, parseLastReport, startDraft } from './report-start'
import {
  REPORT_FIX,
  locationOf,
  similarQuery,
  validateReport,
  type ReportDraft,
  type ReportErrors,
} from './report-draft'
import { usePhotoUploads } from '../../../hooks/use-photo-uploads'
import { compoundUpload } from '../../../lib/upload'
import { useSubscribeAtTap } from '../../../hooks/use-subscribe-at-tap'

/**
 * The 随手拍 form. The idempotency key is made once when the form opens and sent with every retry, so a
 * submit whose answer was lost does not file the problem twice.
 */
export function useReportForm(compoundId: string, categoryIds: readonly string[]) {
  const [idempotencyKey] = useState(newIdempotencyKey)
  // Per person and compound: the last place may be someone's own unit (DOMAIN P1), never shown to the next login.
  const lastKey = `jy.report-last.${useSession()?.user.userId ?? ''}.${compoundId}`
  const last = readStored(lastKey, parseLastReport)
  const [draft, setDraft] = useState<ReportDraft>(() => startDraft(last, [], categoryIds))
  const touched = useRef(false)
  const ownUnitIds = useMembership()?.unitIds ?? []
  const units = useRemote(() => loadUnits(compoundId), [compoundId])
  // With nothing remembered, the reporter's own unit is the likeliest place; it arrives with the roll.
  useEffect(() => {
    if (touched.current || last || !units.data) return
    const own = units.data.filter((u) => ownUnitIds.includes(u.unitId))
    setDraft((d) => ({ ...startDraft(undefined, own, categoryIds), ...(d.category ? { category: d.category } : {}) }))
  }, [units.data])
  const [errors, setErrors] = useState<ReportErrors>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [submitting, setSubmitting] = useState(false)
  const [result, setResult] = useState<TicketView | undefined>()
  const [followed, setFollowed] = useState<string | undefined>()
  const photos = usePhotoUploads(compoundUpload(compoundId, 'ticket_photo'), TICKET_PHOTOS_MAX)
  const askAtTap = useSubscribeAtTap(compoundId, ['claimed', 'resolved', 'overdue'])
  const query = similarQuery(draft)
  const similar = useRemote(
    () => (query ? loadSimilar(compoundId, query) : undefined),
    [compoundId, JSON.stringify(query ?? null)],
  )

  function update(patch: Partial<ReportDraft>): void {
    touched.current = true
    setDraft((d) => ({ ...d, ...patch }))
    setFormError(undefined)
    setErrors((e) => {
      const next = { ...e }
      if ('category' in patch) delete next.category
      if ('description' in patch) delete next.description
      if ('unitId' in patch || 'placeName' in patch || 'placeKind' in patch) delete next.location
      return next
    })
  }

  async function submit(): Promise<void> {
    // First, inside the tap: WeChat shows the subscribe sheet only here.
    askAtTap()
    if (submitting) return
    if (photos.uploading) return setFormError('照片还在上传，请稍等')
    const location = locationOf(draft)
    const body = {
      category: draft.category ?? '',
      location,
      description: draft.description.trim(),
      photoKeys: photos.keys,
      idempotencyKey,
    }
    const found = validateReport(body)
    setErrors(found)
    setFormError(Object.keys(found).length ? '请按提示补全标红的项目' : undefined)
    if (Object.keys(found).length || !location) return
    setSubmitting(true)
    try {
      setResult(await createTicket(compoundId, { ...body, location }))
      writeStored(lastKey, lastReportOf(draft))
    } catch (err) {
      setErrors(errorsFromFailure(err, REPORT_FIX))
      setFormError(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  async function follow(ticketId: string): Promise<void> {
    setFormError(undefined)
    try {
      await followTicket(compoundId, ticketId)
      setFollowed(ticketId)
    } catch (err) {
      setFormError(messageOf(err))
    }
  }

  return {
    draft,
    update,
    units,
    photos,
    errors,
    formError,
    submitting,
    result,
    similar,
    followed,
    follow: (ticketId: string) => void follow(ticketId),
    submit: () => void submit(),
  }
}

export type ReportForm = ReturnType<typeof useReportForm>
