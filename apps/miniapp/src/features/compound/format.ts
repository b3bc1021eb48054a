import type { FeeModel } from '@jiayuan/contracts'
import { percentText, yuanText } from '@jiayuan/domain'

const FEE_MODEL_LABEL: Record<FeeModel['kind'], string> = {
  lump_sum: '包干制',
  commission: '酬金制',
  trust: '信托制',
}

export function feeModelLabel(model: FeeModel): string {
  return FEE_MODEL_LABEL[model.kind]
}

export function remunerationText(model: FeeModel): string | undefined {
  if (model.kind === 'lump_sum') return undefined
  const r = model.remuneration
  if (r.basis === 'percent_of_income') return `物业酬金：收入的 ${percentText(r.basisPoints)}`
  return `物业酬金：每月 ${yuanText(r.fen)}`
}
