import { compound, fillPath, type RollFile } from '@jiayuan/contracts'
import { call } from '../../lib/api'
import { downloadApiFile } from '../../lib/download-file'

export const importRoll = (compoundId: string, file: RollFile, dryRun: boolean) =>
  call(compound.importRoll, { params: { compoundId }, body: { file, dryRun } })

/** The empty workbook with the columns and a sheet explaining them (roll.template). */
export const downloadRollTemplate = (compoundId: string) =>
  downloadApiFile(fillPath(compound.rollTemplate.path, { compoundId }), '花名册模板.xlsx', 'xlsx')
