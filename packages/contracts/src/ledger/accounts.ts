// The chart of accounts (DOMAIN F1, F8): account kinds, cost and income headings, the account-code grammar.
import { z } from 'zod'
import { Fen } from '../common'

export const AccountKind = z.enum(['asset', 'income', 'expense', 'fund'])
export type AccountKind = z.infer<typeof AccountKind>

/** Statutory cost headings (DOMAIN F8; 物业服务定价成本监审办法). */
export const ExpenseCategory = z.enum(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11'])
export type ExpenseCategory = z.infer<typeof ExpenseCategory>

export const EXPENSE_CATEGORY_LABEL: Record<ExpenseCategory, string> = {
  E1: '人员费用',
  E2: '共用部位共用设施设备日常运行维护费',
  E3: '清洁卫生费',
  E4: '绿化养护费',
  E5: '秩序维护费',
  E6: '办公费',
  E7: '固定资产折旧',
  E8: '共用部位共用设施设备及公众责任保险费',
  E9: '经业主同意的其他费用',
  E10: '公共水电费',
  E11: '物业服务酬金',
}

/** Under 包干制 the E11 heading holds the company's taxes and profit instead of a remuneration (F8). */
export const E11_LUMP_SUM_LABEL = '法定税费和利润'

/** Property fees plus the public-income sources of F6 and bank interest. */
export const IncomeCategory = z.enum([
  'property_fee',
  'parking',
  'advertising',
  'venue_rental',
  'other_public',
  'interest',
])
export type IncomeCategory = z.infer<typeof IncomeCategory>

export const INCOME_CATEGORY_LABEL: Record<IncomeCategory, string> = {
  property_fee: '物业服务费',
  parking: '共有场地停车收益',
  advertising: '广告收益',
  venue_rental: '场地租赁收益',
  other_public: '其他公共收益（快递柜、充电桩等）',
  interest: '利息收入',
}

/** Income that belongs to the public-income ledger (F6); property fees and interest do not. */
export const PUBLIC_INCOME_CATEGORIES = ['parking', 'advertising', 'venue_rental', 'other_public'] as const

const ID_PART = '[A-Za-z0-9_-]{1,64}'

/**
 * Account code grammar. Building and unit ids follow `Id`, so the public-income ledger and the owners'
 * accumulated surplus (历年结余, the other side of an opening balance) live under their own `ledger:` prefix:
 * `fund:public_income` could collide with a building whose id is `public_income`.
 *
 * A receivable is named by the unit's ledger reference (`unitLedgerRef`: a keyed hash of the unit id), never
 * by the unit id itself: every owner can read and verify every entry (F5, F10), and a unit number beside a
 * payment would publish a named arrears list (P1, P3).
 *
 * A crowdfunded project's money (F13) sits in its own fund, `project:<projectId>`, apart from the building's
 * maintenance fund and the operating account.
 */
export const ACCOUNT_CODE_PATTERN = new RegExp(
  '^(?:asset:bank' +
    `|receivable:${ID_PART}` +
    `|income:(?:${IncomeCategory.options.join('|')})` +
    `|expense:(?:${ExpenseCategory.options.join('|')})` +
    `|fund:${ID_PART}` +
    `|project:${ID_PART}` +
    '|street:(?:allocation|donation|grant|match)' +
    '|ledger:(?:public_income|retained))$',
)

export const AccountCode = z.string().max(80).regex(ACCOUNT_CODE_PATTERN, '不是科目表中的科目')
export type AccountCode = z.infer<typeof AccountCode>

export const Account = z.object({
  code: AccountCode,
  kind: AccountKind,
  name: z.string().min(1).max(80),
})
export type Account = z.infer<typeof Account>

export const AccountBalance = Account.extend({ balanceFen: Fen })
export type AccountBalance = z.infer<typeof AccountBalance>
