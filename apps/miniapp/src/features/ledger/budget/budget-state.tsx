import { useState } from 'react'
import { canCall, ledger, type BudgetView, type Role } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { StatusTag, type Tone } from '../../../components/status-tag'
import { messageOf } from '../../../lib/api-error'
import { openBook } from '../../../lib/books-pages'
import { confirm, toast } from '../../../lib/feedback'
import { approveBudget } from '../api'
import { expenseHeading } from '../shared/labels'

const STATE: Record<BudgetView['state'], { text: string; tone: Tone }> = {
  none: { text: '未编制', tone: 'plain' },
  draft: { text: '草案', tone: 'plain' },
  pending: { text: '待审批', tone: 'wait' },
  approved: { text: '已批准', tone: 'ok' },
}

const total = (lines: ReadonlyArray<{ annualFen: number }>) => lines.reduce((sum, l) => sum + l.annualFen, 0)

interface Props {
  compoundId: string
  budget: BudgetView
  roles: readonly Role[]
  userId: string | undefined
  onChanged: () => void
}

/**
 * Where the year's budget stands (F7): proposed by one committee member, in effect once a second approves it.
 * The approve button shows to committee members other than the proposer; the API refuses the proposer anyway.
 */
export function BudgetState({ compoundId, budget, roles, userId, onChanged }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const p = budget.proposal
  const state = STATE[budget.state]
  const canPropose = canCall(ledger.putBudget, roles)
  const canApprove = canCall(ledger.approveBudget, roles) && p?.state === 'pending' && p.proposedBy !== userId

  async function approve(): Promise<void> {
    if (!p) return
    const ok = await confirm(
      `批准 ${budget.year} 年预算`,
      `合计 ${yuanText(total(p.lines))}，由 ${p.proposedByName} 提出。批准后即生效，并留档。`,
    )
    if (!ok) return
    setBusy(true)
    setError(undefined)
    try {
      await approveBudget(compoundId, budget.year, budget.version)
      toast('预算已批准')
      onChanged()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card
      title={`${budget.year} 年预算`}
      extra={<StatusTag className="budget-state" tone={state.tone} text={state.text} />}
      className="ledger-card budget-state-card"
    >
      {budget.approvedByName && budget.approvedAt ? (
        <ListRow
          className="budget-approved-by"
          title={`现行预算合计 ${yuanText(total(budget.lines))}`}
          sub={`${budget.approvedByName} 于 ${dateTimeText(budget.approvedAt)} 批准`}
        />
      ) : (
        <Text className="muted">今年还没有批准的预算；须由一位委员提出、另一位委员批准后生效。</Text>
      )}
      {p ? (
        <>
          <ListRow
            className="budget-proposal"
            title={`${p.state === 'draft' ? '草案' : '待审批的预算'}：合计 ${yuanText(total(p.lines))}`}
            sub={`${p.proposedByName} 于 ${dateTimeText(p.proposedAt)} ${p.state === 'draft' ? '保存' : '提交'}；理由：${p.reason}`}
          />
          {p.lines.map((l) => (
            <ListRow
              key={l.category}
              className="budget-proposal-line"
              title={expenseHeading(l.category)}
              extra={yuanText(l.annualFen)}
            />
          ))}
          {p.state === 'pending' && p.proposedBy === userId ? (
            <Text className="muted">须由另一位业委会委员批准，提出人不能自己批准。</Text>
          ) : null}
        </>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
      {canApprove ? (
        <Button
          className="budget-approve"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void approve()}
        >
          批准预算
        </Button>
      ) : null}
      {canPropose ? (
        <Button
          className="budget-edit"
          size="large"
          block
          onClick={() => openBook('budgetEdit', { year: budget.year })}
        >
          {p ? '修改预算' : budget.state === 'approved' ? '调整预算' : '编制预算'}
        </Button>
      ) : null}
    </Card>
  )
}
