import type { FormField, SettingsForm } from './settings-form'

export interface SectionProps {
  form: SettingsForm
  update(patch: Partial<SettingsForm>): void
  errors: Partial<Record<FormField, string>>
}

export const ON_OFF = [
  { value: 'on', label: '开启' },
  { value: 'off', label: '关闭' },
] as const
