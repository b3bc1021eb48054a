import type { LedgerSummary } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'

/** What the owners' account holds now: bank, maintenance fund by building, public income (F6, F11). */
export function BalanceCard({ summary }: { summary: LedgerSummary }) {
  const b = summary.balances
  const cp = summary.latestCheckpoint
  return (
    <Card title="账户余额" extra={`共 ${summary.headSeq} 笔`} className="balance-card">
      <ListRow
        className="balance-bank"
        title="银行存款"
        extra={<Text className="balance-amount">{yuanText(b.bankFen)}</Text>}
      />
      <ListRow title="专项维修资金" sub="按楼栋分账" extra={yuanText(b.maintenanceFundFen)} />
      {b.funds.map((f) => (
        <ListRow key={f.buildingId} className="balance-fund" title={`　${f.name}`} extra={yuanText(f.fen)} />
      ))}
      <ListRow className="balance-public" title="公共收益账" extra={yuanText(b.publicIncomeLedgerFen)} />
      <ListRow title="历年结余" extra={yuanText(b.retainedFen)} />
      <ListRow title="应收物业费" sub="未缴账单合计，不列户" extra={yuanText(b.receivablesFen)} />
      <Text className="muted">
        {cp ? `最近公布的检查点：第 ${cp.seq} 笔，${dateTimeText(cp.publishedAt)}` : '尚未公布检查点'}
      </Text>
    </Card>
  )
}
