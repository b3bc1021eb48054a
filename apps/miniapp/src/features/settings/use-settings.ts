import { useEffect, useState } from 'react'
import type { CompoundSettings } from '@jiayuan/contracts'
import { applyPreset, describeSettingsChange, type CityPresetId } from '@jiayuan/domain'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { errorsFromFailure } from '../../lib/form-errors'
import { loadCompound, loadSettingsHistory, saveSettings } from './api'
import { formOf, settingsOf, type FormField, type SettingsForm } from './settings-form'

/**
 * The settings page: a form over the whole settings (the API replaces them whole), checked as typed; a save asks
 * for a reason, shows what will change in words and asks to confirm; the change log reloads after.
 */
export function useSettings(compoundId: string) {
  const compound = useRemote(() => loadCompound(compoundId), [compoundId])
  const history = useRemote(() => loadSettingsHistory(compoundId), [compoundId])
  const [form, setForm] = useState<SettingsForm | undefined>()
  const [reason, setReason] = useState('')
  const [shown, setShown] = useState<Partial<Record<FormField | 'reason', string>>>({})
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const saved: CompoundSettings | undefined = compound.data?.settings

  useEffect(() => {
    if (saved) setForm(formOf(saved))
  }, [saved])

  const checked = saved && form ? settingsOf(saved, form) : undefined
  const changes = saved && checked ? describeSettingsChange(saved, checked.settings) : []

  function update(patch: Partial<SettingsForm>): void {
    setForm((f) => (f ? { ...f, ...patch } : f))
    setShown({})
  }

  function preset(id: CityPresetId): void {
    if (!saved || !form || !checked) return
    const profile = applyPreset(checked.settings.cityProfile, id)
    const next = formOf({ ...checked.settings, cityProfile: profile })
    update({
      city: next.city,
      noticeDays: next.noticeDays,
      temporaryMeetingNoticeDays: next.temporaryMeetingNoticeDays,
      votingWindowMinDays: next.votingWindowMinDays,
      votingWindowMaxDays: next.votingWindowMaxDays,
      disclosureFrequencyDays: next.disclosureFrequencyDays,
      publicIncomePercent: next.publicIncomePercent,
    })
  }

  async function save(): Promise<void> {
    if (!checked) return
    setError(undefined)
    if (Object.keys(checked.errors).length || checked.problem) {
      setShown(checked.errors)
      return setError(checked.problem ?? '有几项需要改正，见各项下方的说明')
    }
    if (changes.length === 0) return setError('没有改动需要保存')
    if (!reason.trim()) {
      setShown({ reason: '请写明修改原因，如业主大会决议的编号' })
      return setError('请写明修改原因')
    }
    if (!(await confirm('确认保存小区设置？', `${changes.join('；')}。原因：${reason.trim()}`))) return
    setBusy(true)
    try {
      await saveSettings(compoundId, checked.settings, reason.trim())
      toast('已保存')
      setReason('')
      compound.reload()
      history.reload()
    } catch (err) {
      setShown(errorsFromFailure(err, { reason: '请写明修改原因' }))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    compound,
    history,
    form,
    update,
    preset,
    reason,
    setReason: (r: string) => setReason(r),
    errors: { ...(checked?.errors ?? {}), ...shown },
    changes,
    error,
    busy,
    save: () => void save(),
  }
}
