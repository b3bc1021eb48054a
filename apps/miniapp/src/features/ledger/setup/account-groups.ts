import type { AccountBalance, AccountKind } from '@jiayuan/contracts'

export interface AccountGroup {
  kind: AccountKind
  title: string
  rows: Array<{ code: string; name: string; balanceFen: number; sub?: string }>
}

const TITLES: Record<AccountKind, string> = { asset: '资产', fund: '基金与结余', income: '收入', expense: '支出' }
const ORDER: AccountKind[] = ['asset', 'fund', 'income', 'expense']

/**
 * The chart of accounts as the committee reads it: by kind, amounts as positive figures on their normal side
 * (an asset or expense is a debit, the rest credits). Receivables are one row per unit reference, which means
 * nothing to a reader and would list who owes what (P3): they are summed into one row with a count.
 */
export function accountGroups(accounts: readonly AccountBalance[]): AccountGroup[] {
  const shown = (a: AccountBalance) => (a.kind === 'asset' || a.kind === 'expense' ? a.balanceFen : -a.balanceFen)
  const receivables = accounts.filter((a) => a.code.startsWith('receivable:'))
  return ORDER.map((kind) => {
    const rows: AccountGroup['rows'] = accounts
      .filter((a) => a.kind === kind && !a.code.startsWith('receivable:'))
      .map((a) => ({ code: a.code, name: a.name, balanceFen: shown(a) }))
    if (kind === 'asset' && receivables.length > 0) {
      const owing = receivables.filter((a) => a.balanceFen !== 0).length
      rows.push({
        code: 'receivable:*',
        name: '应收物业费',
        balanceFen: receivables.reduce((sum, a) => sum + a.balanceFen, 0),
        sub: `共 ${receivables.length} 户，其中 ${owing} 户有未缴，不列户`,
      })
    }
    return { kind, title: TITLES[kind], rows }
  }).filter((g) => g.rows.length > 0)
}
