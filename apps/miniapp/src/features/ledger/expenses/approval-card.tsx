import { canCall, ledger, type ExpenseView, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { ApprovalProgress } from './approval-progress'
import { FundCharges } from './fund-charges'
import { MotionPicker } from './motion-picker'
import { EvidenceList } from '../shared/evidence-list'
import { EXPENSE_STATUS, expenseHeading } from '../shared/labels'
import { PublishCheckpoint } from '../tools/publish-checkpoint'
import { useApproval } from './use-approval'
import './approval-card.scss'
import '../shared/ledger-card.scss'

/**
 * One proposed expense as a whole: amount, evidence, the approvals so far, the owners' vote it needs or has;
 * for a committee member (by the endpoints' policy) the motion picker and the two ways to decide.
 */
export function ApprovalCard({
  compoundId,
  expense: initial,
  roles,
}: {
  compoundId: string
  expense: ExpenseView
  roles: readonly Role[]
}) {
  const d = useApproval(compoundId, initial)
  const e = d.expense
  const status = EXPENSE_STATUS[e.status]
  const open =
    (e.status === 'pending' || e.status === 'blocked_needs_assembly') && canCall(ledger.approveExpense, roles)
  const canPick = open && e.needsAssembly && canCall(ledger.attachMotion, roles)
  return (
    <Card
      title={`${yuanText(e.amountFen)} · ${e.counterparty}`}
      className={`ledger-card approval-card approval-card--${e.status}`}
    >
      <ListRow title="状态" extra={<StatusTag className="expense-status" tone={status.tone} text={status.text} />} />
      <ListRow title="科目" sub={expenseHeading(e.category)} />
      {e.source === 'maintenance_fund' ? <ListRow title="支出账户" extra="专项维修资金" /> : null}
      {e.project ? (
        <ListRow
          className="approval-project"
          title="支出账户"
          sub={`众筹项目·${e.project.title}（项目资金，不占预算）`}
        />
      ) : null}
      <ListRow title="用途" sub={e.memo} />
      <ListRow title="提交人" extra={`${e.proposerName} · ${dateTimeText(e.createdAt)}`} />
      <View>
        <Text className="field__label">凭证（点按放大）</Text>
        <EvidenceList evidence={e.evidence} subject="这笔支出" />
      </View>
      <ApprovalProgress expense={e} />
      {e.fundPayout ? <FundCharges payout={e.fundPayout} /> : null}
      {canPick ? <MotionPicker compoundId={compoundId} expense={e} onAttached={d.replace} /> : null}
      {e.status === 'posted' ? (
        <View className="approval-posted">
          <Text className="muted">{`已记入账本第 ${e.postedSeq ?? ''} 笔。公布检查点后，业主即可在手机上验证这笔账。`}</Text>
          <PublishCheckpoint compoundId={compoundId} />
        </View>
      ) : null}
      {e.rejection ? <ListRow title="退回原因" sub={e.rejection.reason} /> : null}
      {open ? (
        <>
          {d.overBudget ? (
            <Field label="超预算理由" error={d.fieldError.overBudget} className="field-over-budget">
              <TextArea
                className="over-budget-reason"
                value={d.overBudgetReason}
                maxLength={200}
                placeholder="如：台风后集中清运，业委会会议同意"
                onChange={(v: string) => d.setOverBudgetReason(v)}
              />
            </Field>
          ) : null}
          <Button
            className="approval-approve"
            type="primary"
            size="large"
            block
            loading={d.busy === 'approve'}
            disabled={e.status === 'blocked_needs_assembly'}
            onClick={d.approve}
          >
            同意支出
          </Button>
          <Field label="退回原因" error={d.fieldError.reason} className="field-reject-reason">
            <TextArea
              className="approval-reject-reason"
              value={d.reason}
              maxLength={200}
              placeholder="如：报价偏高，请重新询价"
              onChange={(v: string) => d.setReason(v)}
            />
          </Field>
          <Button className="approval-reject" size="large" block loading={d.busy === 'reject'} onClick={d.reject}>
            退回
          </Button>
        </>
      ) : null}
      {d.error ? <ErrorNote message={d.error} /> : null}
    </Card>
  )
}
