import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadAccounts } from '../api'
import { accountGroups } from './account-groups'
import '../shared/ledger-card.scss'

/** 科目余额: every account of the chart with its balance, derived from the entries (F2: never typed). */
export function AccountsView({ compoundId }: { compoundId: string }) {
  const accounts = useRemote(() => loadAccounts(compoundId), [compoundId])
  if (accounts.loading && !accounts.data) return <Loading />
  if (accounts.error) return <ErrorNote message={accounts.error} onRetry={accounts.reload} />
  if (!accounts.data) return null
  return (
    <>
      <Text className="muted accounts-note">
        余额由账本第 1 笔到第 {accounts.data.headSeq} 笔逐笔算出，任何人都不能直接修改。
      </Text>
      {accountGroups(accounts.data.accounts).map((g) => (
        <Card key={g.kind} title={g.title} className={`ledger-card accounts-group accounts-group--${g.kind}`}>
          {g.rows.map((r) => (
            <ListRow key={r.code} title={r.name} {...(r.sub ? { sub: r.sub } : {})} extra={yuanText(r.balanceFen)} />
          ))}
        </Card>
      ))}
    </>
  )
}
