import { useState } from 'react'
import { PublishReportRequest, ReportNarrative, type MonthlyReport } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { toast } from '../../lib/feedback'
import { draftMonth, loadReportList, loadVersion, publishVersion, saveNarrative } from './api'

export type Busy = 'save' | 'publish' | 'correct' | 'refresh' | undefined
const FIX = {
  servicesDone: '太长了，请删减到 4000 字以内',
  nextMonthPlan: '太长了，请删减到 4000 字以内',
  changeNote: '请写在 500 字以内',
}
export type FieldErrors = FormErrors<keyof typeof FIX>

/** The month's latest version for editing: the open draft, or the last publication; a first draft is made on demand. */
async function openMonth(compoundId: string, month: string) {
  const versions = (await loadReportList(compoundId))
    .filter((r) => r.month === month)
    .sort((a, b) => b.version - a.version)
  const latest = versions[0]
  const report = latest ? await loadVersion(compoundId, month, latest.version) : await draftMonth(compoundId, month)
  return {
    report,
    versions: latest
      ? versions
      : [{ month, version: report.version, status: report.status, draftedAt: report.draftedAt }],
  }
}

/** Editing state of the committee's screen: narrative, change note, and the save, publish and correct actions. */
export function useReportEditor(compoundId: string, month: string) {
  const remote = useRemote(() => openMonth(compoundId, month), [compoundId, month])
  const [narrative, setNarrative] = useState<ReportNarrative | undefined>()
  const [changeNote, setChangeNote] = useState('')
  const [busy, setBusy] = useState<Busy>()
  const [error, setError] = useState<string | undefined>()
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const report = remote.data?.report
  const text = narrative ?? report?.narrative ?? { servicesDone: '', nextMonthPlan: '' }

  async function act(kind: Busy, step: () => Promise<unknown>, done: string): Promise<void> {
    setBusy(kind)
    setError(undefined)
    try {
      await step()
      toast(done)
      setNarrative(undefined)
      setChangeNote('')
      remote.reload()
    } catch (err) {
      setFieldErrors(errorsFromFailure(err, FIX))
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
    }
  }

  /** Checks with the contract's own schemas; a correction must say what changed (DOMAIN D3). */
  function validate(r: MonthlyReport, publishing: boolean): ReportNarrative | undefined {
    const parsed = ReportNarrative.safeParse(text)
    const errors: FieldErrors = parsed.success ? {} : errorsFromZod(parsed.error, FIX)
    if (publishing && r.version > 1) {
      const note = PublishReportRequest.safeParse({ changeNote })
      if (!changeNote.trim()) errors.changeNote = '请写明这一版改了什么'
      else if (!note.success) Object.assign(errors, errorsFromZod(note.error, FIX))
    }
    setFieldErrors(errors)
    return Object.keys(errors).length === 0 && parsed.success ? parsed.data : undefined
  }

  const save = (r: MonthlyReport) => {
    const valid = validate(r, false)
    if (valid) void act('save', () => saveNarrative(compoundId, month, r.version, valid), '已保存')
  }
  const publish = (r: MonthlyReport) => {
    const valid = validate(r, true)
    if (!valid) return
    void act(
      'publish',
      async () => {
        await saveNarrative(compoundId, month, r.version, valid)
        await publishVersion(compoundId, month, r.version, r.version > 1 ? changeNote.trim() : undefined)
      },
      '已发布，居民现在可以看到',
    )
  }
  const correct = () => void act('correct', () => draftMonth(compoundId, month), '已新建更正版本')
  const refresh = () => void act('refresh', () => draftMonth(compoundId, month), '数字已按最新记录更新')

  return {
    remote,
    report,
    text,
    setText: setNarrative,
    changeNote,
    setChangeNote,
    busy,
    error,
    fieldErrors,
    save,
    publish,
    correct,
    refresh,
  }
}
