import type {
  Account,
  AccountCode,
  AccountKind,
  Building,
  ExpenseCategory,
  IncomeCategory,
  Unit,
} from '@jiayuan/contracts'
import { ACCOUNT_CODE_PATTERN, EXPENSE_CATEGORY_LABEL, INCOME_CATEGORY_LABEL } from '@jiayuan/contracts'
import { LedgerError } from './errors'

/**
 * Chart of accounts of one compound (DOMAIN F2, F6, F8, F11). Signs: a leg is debit positive, so asset and
 * expense accounts carry positive balances and income and fund accounts negative ones.
 *
 * A unit's receivable is named by its ledger reference (`unitLedgerRef`), not its roll id: the chain is
 * read by every owner (see unit-ref.ts). `ChartInput.units` therefore carries references.
 *
 * Posting patterns the rest of the module follows:
 * - bill: debit `receivable:<ref>`, credit `income:property_fee`; payment: debit `asset:bank`, credit the
 *   receivable.
 * - opening balance: debit `asset:bank`, credit the funds, the public-income ledger and `ledger:retained`.
 * - expense and remuneration (E11): debit `expense:<E>`, credit `asset:bank`.
 * - public income: debit `asset:bank`, credit `income:<source>`; at period close the public-income accounts
 *   are moved into `ledger:public_income`, from which a top-up (F6) credits `fund:<buildingId>`.
 * - crowdfunded project (F13): money received for a pledge debits `asset:bank` and credits `project:<projectId>`,
 *   the project's own fund; spending and refunds debit it and credit the bank.
 */
export const BANK_ACCOUNT = 'asset:bank'
export const PUBLIC_INCOME_LEDGER = 'ledger:public_income'
/** The owners' accumulated surplus (历年结余): what an opening bank balance is credited to. */
export const RETAINED_ACCOUNT = 'ledger:retained'

export const receivableAccount = (unitId: string): AccountCode => `receivable:${unitId}`
export const incomeAccount = (category: IncomeCategory): AccountCode => `income:${category}`
export const expenseAccount = (category: ExpenseCategory): AccountCode => `expense:${category}`
export const fundAccount = (buildingId: string): AccountCode => `fund:${buildingId}`
export const projectAccount = (projectId: string): AccountCode => `project:${projectId}`

export type ParsedAccount =
  | { kind: 'asset'; type: 'bank' }
  | { kind: 'asset'; type: 'receivable'; unitId: string }
  | { kind: 'income'; category: IncomeCategory }
  | { kind: 'expense'; category: ExpenseCategory }
  | { kind: 'fund'; type: 'maintenance'; buildingId: string }
  | { kind: 'fund'; type: 'project'; projectId: string }
  | { kind: 'fund'; type: 'public_income' }
  | { kind: 'fund'; type: 'retained' }
  /** The street fund's headings (S4): only ever on a street fund's chain. */
  | { kind: 'fund'; type: 'street'; line: string }

/** Reads a code by its grammar alone; whether this compound has the unit or building is `isInChart`. */
export function parseAccountCode(code: string): ParsedAccount | undefined {
  if (!ACCOUNT_CODE_PATTERN.test(code)) return undefined
  const colon = code.indexOf(':')
  const prefix = code.slice(0, colon)
  const rest = code.slice(colon + 1)
  // The pattern above has already pinned `rest` to a known category, so the casts below cannot lie.
  switch (prefix) {
    case 'asset':
      return { kind: 'asset', type: 'bank' }
    case 'receivable':
      return { kind: 'asset', type: 'receivable', unitId: rest }
    case 'income':
      return { kind: 'income', category: rest as IncomeCategory }
    case 'expense':
      return { kind: 'expense', category: rest as ExpenseCategory }
    case 'fund':
      return { kind: 'fund', type: 'maintenance', buildingId: rest }
    case 'project':
      return { kind: 'fund', type: 'project', projectId: rest }
    case 'street':
      return { kind: 'fund', type: 'street', line: rest }
    default:
      return rest === 'retained' ? { kind: 'fund', type: 'retained' } : { kind: 'fund', type: 'public_income' }
  }
}

export function accountKindOf(code: string): AccountKind | undefined {
  return parseAccountCode(code)?.kind
}

export interface Chart {
  compoundId: string
  accounts: ReadonlyMap<AccountCode, Account>
}

export interface ChartInput {
  compoundId: string
  buildings: readonly Pick<Building, 'buildingId' | 'name'>[]
  units: readonly Pick<Unit, 'unitId'>[]
  /** Crowdfunded projects (F13), each with its own fund. */
  projects?: readonly { projectId: string; title: string }[]
}

export function chartOfAccounts({ compoundId, buildings, units, projects = [] }: ChartInput): Chart {
  const list: Account[] = [{ code: BANK_ACCOUNT, kind: 'asset', name: '银行存款' }]
  // The receivable's name carries no unit label: the ledger is shown to every owner (F5, P1).
  for (const { unitId } of units) list.push({ code: receivableAccount(unitId), kind: 'asset', name: '应收物业费' })
  for (const [category, name] of Object.entries(INCOME_CATEGORY_LABEL)) {
    list.push({ code: incomeAccount(category as IncomeCategory), kind: 'income', name })
  }
  for (const [category, name] of Object.entries(EXPENSE_CATEGORY_LABEL)) {
    list.push({ code: expenseAccount(category as ExpenseCategory), kind: 'expense', name: `${category} ${name}` })
  }
  for (const { buildingId, name } of buildings) {
    list.push({ code: fundAccount(buildingId), kind: 'fund', name: `专项维修资金·${name}` })
  }
  for (const { projectId, title } of projects) {
    list.push({ code: projectAccount(projectId), kind: 'fund', name: `众筹项目·${title}`.slice(0, 80) })
  }
  list.push({ code: PUBLIC_INCOME_LEDGER, kind: 'fund', name: '公共收益' })
  list.push({ code: RETAINED_ACCOUNT, kind: 'fund', name: '历年结余' })
  return { compoundId, accounts: new Map(list.map((account) => [account.code, account])) }
}

/** Null when the code is well formed and in the chart; otherwise the error naming `field`. */
export function validateAccountCode(code: string, chart: Chart, field = 'account'): LedgerError | null {
  if (!parseAccountCode(code)) return new LedgerError('InvalidAccountCode', field, `“${code}”不是科目代码`)
  if (!chart.accounts.has(code)) return new LedgerError('UnknownAccount', field, `本小区没有科目“${code}”`)
  return null
}
