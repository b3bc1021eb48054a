import {
  EVIDENCE_KIND_LABEL,
  EXPENSE_CATEGORY_LABEL,
  INCOME_CATEGORY_LABEL,
  type BillStatus,
  type EntryKind,
  type ExpenseCategory,
  type ExpenseStatus,
  type IncomeCategory,
} from '@jiayuan/contracts'
import type { Tone } from '../../../components/status-tag'

export { EVIDENCE_KIND_LABEL }

export const KIND_LABEL: Record<EntryKind, string> = {
  opening_balance: '期初余额',
  bill: '账单',
  payment: '收款',
  expense: '支出',
  remuneration: '物业酬金',
  public_income: '公共收益',
  interest: '利息',
  fund_transfer: '转入维修资金',
  fund_payout: '维修资金支出',
  project_contribution: '众筹项目收款',
  project_expense: '众筹项目支出',
  project_refund: '众筹项目退款',
  period_close: '月结',
  reversal: '冲销',
  street_income: '基金收入',
  street_grant: '基金拨付',
}

/** The kinds a person filters by; the rest are bookkeeping they rarely look for. */
export const FILTER_KINDS: EntryKind[] = ['payment', 'expense', 'public_income', 'remuneration', 'reversal', 'bill']

export function categoryLabel(category: string): string {
  return (
    EXPENSE_CATEGORY_LABEL[category as ExpenseCategory] ?? INCOME_CATEGORY_LABEL[category as IncomeCategory] ?? category
  )
}

/** "E2 共用部位…": the statutory heading's code first, as the disclosure documents write it (F8). */
export function expenseHeading(category: ExpenseCategory): string {
  return `${category} ${EXPENSE_CATEGORY_LABEL[category]}`
}

export const BILL_STATUS: Record<BillStatus, { text: string; tone: Tone }> = {
  unpaid: { text: '未缴', tone: 'bad' },
  partly_paid: { text: '部分缴纳', tone: 'wait' },
  paid: { text: '已缴', tone: 'ok' },
}

export const EXPENSE_STATUS: Record<ExpenseStatus, { text: string; tone: Tone }> = {
  pending: { text: '待审批', tone: 'wait' },
  blocked_needs_assembly: { text: '需业主大会表决', tone: 'bad' },
  posted: { text: '已入账', tone: 'ok' },
  rejected: { text: '已退回', tone: 'bad' },
}

export const ROUNDING_RULE =
  '物业费 = 面积 × 单价 × 月数，每张账单只在最后四舍五入到分一次（面积以 0.01 ㎡ 计，单价以分计）。'
