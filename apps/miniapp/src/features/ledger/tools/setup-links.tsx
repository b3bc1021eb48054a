import { canCall, ledger, type Endpoint, type Role } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { openBook, type BookPage } from '../../../lib/books-pages'
import '../shared/ledger-card.scss'

const SETUP: Array<{ page: BookPage; title: string; sub: string; endpoint: Endpoint }> = [
  {
    page: 'opening',
    title: '期初余额',
    sub: '上线时登记银行、维修资金等余额，仅一次',
    endpoint: ledger.postOpeningBalance,
  },
  { page: 'budget', title: '年度预算', sub: '按科目编制，另一位委员批准后生效', endpoint: ledger.getBudget },
  {
    page: 'policy',
    title: '账本规则',
    sub: '双签门槛、业主大会门槛、对账窗口、维修资金补足',
    endpoint: ledger.getPolicy,
  },
  { page: 'accounts', title: '科目余额', sub: '账本每个科目的当前余额', endpoint: ledger.listAccounts },
]

/** 账本设置: where the committee finds the go-live setup of the books; each row shows when the API would accept it. */
export function SetupLinks({ roles }: { roles: readonly Role[] }) {
  const rows = SETUP.filter((s) => canCall(s.endpoint, roles))
  if (rows.length === 0) return null
  return (
    <Card title="账本设置" className="ledger-card setup-links">
      {rows.map((s) => (
        <ListRow
          key={s.page}
          className={`setup-link setup-link--${s.page}`}
          title={s.title}
          sub={s.sub}
          extra="›"
          onClick={() => openBook(s.page)}
        />
      ))}
    </Card>
  )
}
