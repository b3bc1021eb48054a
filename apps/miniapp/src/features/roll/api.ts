import { compound } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const importRoll = (compoundId: string, csv: string, dryRun: boolean) =>
  call(compound.importRoll, { params: { compoundId }, body: { csv, dryRun } })
