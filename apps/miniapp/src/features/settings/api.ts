import { compound, type CompoundSettings } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadCompound = (compoundId: string) => call(compound.getCompound, { params: { compoundId } })

export const loadSettingsHistory = (compoundId: string) =>
  call(compound.settingsHistory, { params: { compoundId } }).then((r) => r.changes)

export const saveSettings = (compoundId: string, settings: CompoundSettings, reason: string) =>
  call(compound.updateSettings, { params: { compoundId }, body: { settings, reason } })
