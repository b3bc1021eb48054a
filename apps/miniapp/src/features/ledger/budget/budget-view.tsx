import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { monthText, shanghaiMonth, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { useRemote } from '../../../hooks/use-remote'
import type { Role } from '@jiayuan/contracts'
import { loadBudget } from '../api'
import { BudgetState } from './budget-state'
import { expenseHeading } from '../shared/labels'
import { MonthChips } from '../shared/month-chips'
import '../shared/bar-rows.scss'

/** 预算执行 (F7): each heading's annual budget against what was spent this month and this year. */
export function BudgetView({
  compoundId,
  roles,
  userId,
}: {
  compoundId: string
  roles: readonly Role[]
  userId: string | undefined
}) {
  const [month, setMonth] = useState(() => shanghaiMonth(new Date()))
  const year = Number(month.slice(0, 4))
  const budget = useRemote(() => loadBudget(compoundId, year, month), [compoundId, month])
  // Back from the editor, the state and the proposal are shown as they now stand.
  useReloadOnShow(budget.reload)
  const lines = budget.data?.vsActual ?? []
  return (
    <View className="budget-view">
      {budget.data ? (
        <BudgetState
          compoundId={compoundId}
          budget={budget.data}
          roles={roles}
          userId={userId}
          onChanged={budget.reload}
        />
      ) : null}
      <Card title="截至月份">
        <MonthChips value={month} onChange={setMonth} className="budget-month-chip" />
      </Card>
      <Card
        title={`${year} 年预算执行`}
        extra={budget.data?.version ? `第 ${budget.data.version} 版` : undefined}
        className="budget-card"
      >
        {budget.loading && !budget.data ? <Loading /> : null}
        {budget.error ? <ErrorNote message={budget.error} onRetry={budget.reload} /> : null}
        {budget.data && lines.length === 0 ? <Empty text="今年还没有批准的预算。" /> : null}
        {lines.map((l) => {
          const used =
            l.annualBudgetFen > 0 ? Math.min(100, Math.round((l.yearToDateActualFen * 100) / l.annualBudgetFen)) : 100
          return (
            <View key={l.category} className={`budget-line${l.overBudget ? ' budget-line--over' : ''}`}>
              <ListRow
                title={expenseHeading(l.category)}
                sub={`全年预算 ${yuanText(l.annualBudgetFen)}；${monthText(month)} ${yuanText(l.monthActualFen)}；年内累计 ${yuanText(l.yearToDateActualFen)}；剩余 ${yuanText(l.remainingFen)}`}
                extra={
                  l.overBudget ? (
                    <StatusTag tone="bad" text="已超预算" />
                  ) : (
                    <StatusTag tone="ok" text={`已用 ${used}%`} />
                  )
                }
              />
              <View className="bar-row__track">
                <View
                  className={`bar-row__fill${l.overBudget ? '' : ' bar-row__fill--income'}`}
                  style={{ width: `${Math.max(2, used)}%` }}
                />
              </View>
            </View>
          )
        })}
        <Text className="muted">超出预算的支出，审批时须写明理由并留档。</Text>
      </Card>
    </View>
  )
}
