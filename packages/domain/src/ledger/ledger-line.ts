import type { JournalEntryDraft } from '@jiayuan/contracts'
import { EXPENSE_CATEGORY_LABEL, INCOME_CATEGORY_LABEL } from '@jiayuan/contracts'
import { BANK_ACCOUNT, parseAccountCode } from './chart'
import { categoriesOf } from './flows'
import { shanghaiMonth } from '../time'

/** What an owner reads for an account code: receivables never name the unit, only "a household" (P1). */
export function accountLabel(code: string, buildingNames: ReadonlyMap<string, string> = new Map()): string {
  const parsed = parseAccountCode(code)
  if (!parsed) return code
  switch (parsed.kind) {
    case 'asset':
      return parsed.type === 'bank' ? '银行存款' : '应收物业费（某户）'
    case 'income':
      return INCOME_CATEGORY_LABEL[parsed.category]
    case 'expense':
      return `${parsed.category} ${EXPENSE_CATEGORY_LABEL[parsed.category]}`
    case 'fund':
      if (parsed.type === 'maintenance')
        return `专项维修资金·${buildingNames.get(parsed.buildingId) ?? parsed.buildingId}`
      if (parsed.type === 'project') return '众筹项目资金'
      return parsed.type === 'public_income' ? '公共收益' : '历年结余'
  }
}

export interface EntryFigures {
  month: string
  /** Into (+) or out of (−) the bank; null when the entry moves no money. */
  bankFen: number | null
  /** The sum of the debit legs. */
  totalFen: number
  categories: string[]
}

export function entryFigures(entry: Pick<JournalEntryDraft, 'legs' | 'postedAt'>): EntryFigures {
  let bank = 0
  let touchesBank = false
  let totalFen = 0
  for (const leg of entry.legs) {
    if (leg.account === BANK_ACCOUNT) {
      bank += leg.amountFen
      touchesBank = true
    }
    if (leg.amountFen > 0) totalFen += leg.amountFen
  }
  return {
    month: shanghaiMonth(entry.postedAt),
    bankFen: touchesBank ? bank : null,
    totalFen,
    categories: categoriesOf(entry),
  }
}
