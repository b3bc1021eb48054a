import { useState } from 'react'
import type { DisclosureItem } from '@jiayuan/contracts'
import { ApiError, messageOf } from '../../../lib/api-error'
import { saveSection } from '../api'
import { checkSectionDraft, type EditErrors, type PersonDraft, type SectionDraft } from './edit-check'

export const CONFLICT_NOTICE = '保存未成功：别人刚刚更新了这一栏。已为您载入最新内容，请核对后再改。'

interface Options {
  compoundId: string
  item: DisclosureItem
  onSaved(item: DisclosureItem): void
  /** Someone else saved first (409): the board reloads and says so. */
  onConflict(): void
}

/** Draft, check and save of one section, with the version the editor read (optimistic: 409 if it moved on). */
export function useSectionEditor({ compoundId, item, onSaved, onConflict }: Options) {
  const [draft, setDraft] = useState<SectionDraft>({
    content: item.content ?? '',
    persons: item.persons.map((p) => ({ ...p })),
  })
  const [errors, setErrors] = useState<EditErrors>({})
  const [formError, setFormError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const setPerson = (index: number, change: Partial<PersonDraft>) =>
    setDraft((d) => ({ ...d, persons: d.persons.map((p, i) => (i === index ? { ...p, ...change } : p)) }))

  async function save(): Promise<void> {
    const checked = checkSectionDraft(draft, item.version)
    if ('errors' in checked) {
      setErrors(checked.errors)
      setFormError('还有内容没填好，请看标红的说明')
      return
    }
    setErrors({})
    setFormError(undefined)
    setBusy(true)
    try {
      onSaved(await saveSection(compoundId, item.section, checked.body))
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) onConflict()
      else setFormError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    draft,
    errors,
    formError,
    busy,
    setContent: (content: string) => setDraft((d) => ({ ...d, content })),
    setPerson,
    addPerson: () => setDraft((d) => ({ ...d, persons: [...d.persons, { duty: '', name: '', workContact: '' }] })),
    removePerson: (index: number) => setDraft((d) => ({ ...d, persons: d.persons.filter((_, i) => i !== index) })),
    save: () => void save(),
  }
}
