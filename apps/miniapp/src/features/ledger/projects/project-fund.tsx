import { useState } from 'react'
import { canCall, ledger, type ProjectView, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { openBook } from '../../../lib/books-pages'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { closeProject } from '../api'
import { EvidenceList } from '../shared/evidence-list'
import { EXPENSE_STATUS } from '../shared/labels'

const CLOSURE_TEXT = { cancelled: '项目已取消', lapsed: '未筹满·已终止', completed: '已结项' } as const

/**
 * 项目资金 (DOMAIN F13, F3): what was received, paid out, set aside for pending payments, refunded and left;
 * every payment out with its evidence (receipts are public to the scope); property staff start a payment from
 * here once the project is funded.
 */
export function ProjectFund({ project: p, roles }: { project: ProjectView; roles: readonly Role[] }) {
  const f = p.fund
  const canSpend = p.status === 'funded' && canCall(ledger.proposeExpense, roles)
  return (
    <Card title="项目资金" className="project-fund">
      <ListRow className="project-fund-paid" title="已到账" extra={yuanText(f.paidFen)} />
      {(p.matches ?? []).map((m) => (
        <ListRow
          key={m.seq}
          className="project-fund-match"
          title={`配捐 · 来源：${m.source}`}
          sub={`${dateTimeText(m.at)}，小区账本第 ${m.seq} 笔`}
          extra={yuanText(m.amountFen)}
        />
      ))}
      <ListRow className="project-fund-spent" title="已支出" extra={yuanText(f.spentFen)} />
      {f.pendingFen > 0 ? <ListRow title="待审批支出" extra={yuanText(f.pendingFen)} /> : null}
      {f.refundedFen > 0 ? <ListRow title="已退还各户" extra={yuanText(f.refundedFen)} /> : null}
      <ListRow className="project-fund-balance" title="项目资金余额" extra={yuanText(f.balanceFen)} />
      <Text className="muted">
        {p.status === 'funding'
          ? '筹满之前项目资金不能动用。'
          : p.status === 'funded'
            ? `可用于支出 ${yuanText(f.availableFen)}。每笔支出由物业发起、附发票，业委会委员（非发起人）审批后才付款记账。`
            : '项目已结束，结余已按各户已缴比例退还。'}
      </Text>
      {canSpend ? (
        <Button
          className="project-spend"
          type="primary"
          block
          onClick={() => openBook('expense', { projectId: p.projectId })}
        >
          从项目资金支出
        </Button>
      ) : null}
      <View className="project-spending">
        <Text className="field__label">支出明细（{p.spending.length} 笔）</Text>
        {p.spending.length === 0 ? <Text className="muted">还没有支出。</Text> : null}
        {p.spending.map((e) => {
          const status = EXPENSE_STATUS[e.status]
          return (
            <View key={e.expenseId} className="project-spending-line">
              <ListRow
                title={`${yuanText(e.amountFen)} · ${e.counterparty}`}
                sub={`${e.memo} · ${dateTimeText(e.createdAt)}${e.postedSeq ? ` · 账本第 ${e.postedSeq} 笔` : ''}`}
                extra={<StatusTag className="project-spending-status" tone={status.tone} text={status.text} />}
                onClick={() => openBook('expenseDetail', { expenseId: e.expenseId })}
              />
              <EvidenceList evidence={e.evidence} subject="这笔支出" />
            </View>
          )
        })}
      </View>
    </Card>
  )
}

/** How the project ended and what went back: each household reads its own refund above (我家应分摊). */
export function ProjectClosure({ project: p }: { project: ProjectView }) {
  const c = p.closure
  if (!c) return null
  return (
    <Card title={CLOSURE_TEXT[c.outcome]} className="project-closure">
      <ListRow title="原因" sub={c.reason} />
      <ListRow title="时间" extra={dateTimeText(c.closedAt)} />
      <ListRow
        className="project-refunded"
        title="退还各户合计"
        extra={yuanText(c.refundedFen)}
        sub={c.refundSeq ? `已记入账本第 ${c.refundSeq} 笔（从项目资金退回）` : '没有结余可退'}
      />
      <Text className="muted">{c.roundingText}</Text>
    </Card>
  )
}

/**
 * 结束项目 (committee, F13): cancel while funding, funded or lapsed, or close a funded project once its work is
 * paid. The surplus goes back pro rata to what each household paid, posted once as one entry out of the fund.
 */
export function CloseProjectCard({
  compoundId,
  project: p,
  roles,
  onClosed,
}: {
  compoundId: string
  project: ProjectView
  roles: readonly Role[]
  onClosed: (p: ProjectView) => void
}) {
  const [outcome, setOutcome] = useState<'cancel' | 'complete' | undefined>()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  if (p.closure || p.status === 'cancelled' || p.status === 'closed' || !canCall(ledger.closeProject, roles))
    return null
  const options: Array<{ value: 'cancel' | 'complete'; label: string }> =
    p.status === 'funded'
      ? [
          { value: 'complete', label: '结项，退还结余' },
          { value: 'cancel', label: '取消项目，退还结余' },
        ]
      : [{ value: 'cancel', label: p.status === 'lapsed' ? '终止并退还已缴款' : '取消项目，全部退还' }]
  async function submit() {
    if (!outcome) return setError('请选择结项或取消')
    if (reason.trim().length < 2) return setError('请写明原因（至少 2 个字）')
    const left = p.fund.balanceFen
    const sure = await confirm(
      outcome === 'complete' ? '结项并退还结余？' : '取消项目并退款？',
      `项目资金余额 ${yuanText(left)} 将按各户已缴金额比例退还并记入账本，之后不能再收款或支出。`,
    )
    if (!sure) return
    setBusy(true)
    setError(undefined)
    try {
      onClosed(await closeProject(compoundId, p.projectId, { outcome, reason: reason.trim() }))
      toast('已结束并记账')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="结束项目（业委会）" className="project-close">
      <Field label="结束方式">
        <ChoiceChips
          chipClassName="project-close-outcome"
          columns={1}
          options={options}
          value={outcome}
          onChange={(v: string) => setOutcome(v === 'complete' ? 'complete' : 'cancel')}
        />
      </Field>
      <Field label="原因" hint="会向本范围全体业主公开">
        <TextArea
          className="project-close-reason"
          value={reason}
          maxLength={200}
          placeholder="如：电梯已验收，结余退还"
          onChange={(v: string) => setReason(v)}
        />
      </Field>
      {error ? <ErrorNote message={error} /> : null}
      <Button className="project-close-submit" block loading={busy} onClick={() => void submit()}>
        结束项目并退款
      </Button>
    </Card>
  )
}
