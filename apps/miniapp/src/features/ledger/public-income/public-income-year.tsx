import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { monthText, percentText, shanghaiMonth, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadPublicIncome } from '../api'
import { BarRows } from '../shared/bar-rows'

/**
 * 公共收益 (F6): the public-income ledger of a year, month by month and by source, what the month closes moved
 * to the maintenance fund under the city's share, and what the ledger and the fund hold now.
 */
export function PublicIncomeYear({ compoundId }: { compoundId: string }) {
  const thisYear = Number(shanghaiMonth(new Date()).slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const data = useRemote(() => loadPublicIncome(compoundId, year), [compoundId, year])
  const y = data.data
  const months = (y?.months ?? []).filter((m) => m.totalFen !== 0 || m.toFundFen !== 0)
  const total = months.reduce((s, m) => s + m.totalFen, 0)
  const toFund = months.reduce((s, m) => s + m.toFundFen, 0)
  return (
    <View className="public-income-year">
      <Card title="选择年份">
        <ChoiceChips
          chipClassName="public-income-year-chip"
          columns={2}
          options={[thisYear, thisYear - 1].map((v) => ({ value: String(v), label: `${v} 年` }))}
          value={String(year)}
          onChange={(v) => setYear(Number(v))}
        />
      </Card>
      {data.loading && !y ? <Loading /> : null}
      {data.error ? <ErrorNote message={data.error} onRetry={data.reload} /> : null}
      {y ? (
        <Card title={`${y.year} 年公共收益`} className="public-income-summary">
          <ListRow className="public-income-total" title="全年公共收益" extra={yuanText(total)} />
          <ListRow title="已转入维修资金" extra={yuanText(toFund)} />
          <ListRow title="公共收益账户现有" extra={yuanText(y.ledgerBalanceFen)} />
          <ListRow title="专项维修资金现有" extra={yuanText(y.maintenanceFundFen)} />
          <Text className="muted">
            {y.basisPoints > 0
              ? `本小区规则：维修资金低于 ${y.fundTopUpWhenBelowFen === null ? '设定水平' : yuanText(y.fundTopUpWhenBelowFen)} 时，每月结账把公共收益的 ${percentText(y.basisPoints)} 转入维修资金。`
              : '本小区规则未设公共收益转入维修资金的比例。'}
          </Text>
        </Card>
      ) : null}
      {y && months.length === 0 ? <Empty text="这一年还没有公共收益。" /> : null}
      {months.map((m) => (
        <Card key={m.month} title={`${monthText(m.month)} · ${yuanText(m.totalFen)}`} className="public-income-month">
          <BarRows rows={m.byCategory} tone="income" empty="本月没有公共收益。" />
          {m.toFundFen ? <ListRow title="转入维修资金" extra={yuanText(m.toFundFen)} /> : null}
        </Card>
      ))}
    </View>
  )
}
