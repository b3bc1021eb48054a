import type { LedgerSummary } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { monthText, percentText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { StatusTag } from '../../../components/status-tag'
import { BarRows } from '../shared/bar-rows'
import { CollectionYear } from './collection-year'

/** One month's income and expense by category, remuneration, collection rate (aggregate only, P3), reconciliation. */
export function MonthCard({ summary, compoundId }: { summary: LedgerSummary; compoundId: string }) {
  const rate = summary.collectionRate
  const flagged = summary.unreconciled.entries + summary.unreconciled.statementLines
  return (
    <Card title={`${monthText(summary.month)}收支`} className="month-card">
      <ListRow className="month-income-total" title="收入合计" extra={yuanText(summary.incomeTotalFen)} />
      <BarRows
        rows={summary.income}
        tone="income"
        empty={summary.feesReceivedFen > 0 ? '本月没有新出账的收入（物业费计入出账的月份）。' : '本月还没有收入。'}
      />
      <ListRow
        className="month-fees-received"
        title="本月收到物业费"
        sub="业主缴纳的账单，含以前月份出账的"
        extra={yuanText(summary.feesReceivedFen)}
      />
      <ListRow className="month-expense-total" title="支出合计" extra={yuanText(summary.expenseTotalFen)} />
      <BarRows rows={summary.expense} tone="expense" empty="本月还没有支出。" />
      <ListRow title="其中物业酬金" extra={yuanText(summary.remunerationFen)} />
      <ListRow
        className="collection-rate"
        title="物业费收缴率"
        sub={`应收 ${yuanText(rate.billedFen)}，已收 ${yuanText(rate.paidFen)}（只公布总数）`}
        extra={rate.rateBasisPoints === null ? '本月未出账' : percentText(rate.rateBasisPoints)}
      />
      <CollectionYear compoundId={compoundId} year={summary.month.slice(0, 4)} />
      <View className="unreconciled" ariaLabel={`未对账 ${flagged} 条`}>
        <ListRow
          title="银行未对上"
          sub={`本月未经银行流水确认的分录 ${summary.unreconciled.entries} 笔；流水中未匹配的 ${summary.unreconciled.statementLines} 条`}
          extra={
            flagged > 0 ? (
              <StatusTag className="unreconciled-flag" tone="wait" text={`${flagged} 条待核对`} />
            ) : (
              <StatusTag tone="ok" text="已全部对上" />
            )
          }
        />
      </View>
      <Text className="muted">每一笔收支业主都可以查看和验证；个人信息已隐去。</Text>
    </Card>
  )
}
