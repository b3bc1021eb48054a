import { ExpenseCategory } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadPolicy, loadProject } from '../api'
import { ExpenseSubmitted } from './expense-submitted'
import { expenseHeading } from '../shared/labels'
import { fenFromInput } from '../shared/money'
import './approval-card.scss'
import { AssemblyLimitWarning, PolicyNote } from './policy-note'
import { ReceiptPicker } from './receipt-picker'
import { useExpenseForm } from './use-expense-form'

const CATEGORIES = ExpenseCategory.options.filter((c): c is Exclude<ExpenseCategory, 'E11'> => c !== 'E11')

/**
 * 提交支出: the property company initiates a payment with its evidence; the committee approves (F3). Opened from a
 * crowdfunded project, the payment comes out of that project's own fund (F13), which says what it can still pay.
 */
export function ExpenseForm({ compoundId, projectId }: { compoundId: string; projectId?: string }) {
  const form = useExpenseForm(compoundId, projectId)
  const approval = useRemote(() => loadPolicy(compoundId), [compoundId]).data?.policy.approval
  const project = useRemote(
    () => (projectId ? loadProject(compoundId, projectId) : Promise.resolve(undefined)),
    [compoundId, projectId],
  ).data
  if (form.result) return <ExpenseSubmitted expense={form.result} />
  const { draft, errors } = form
  return (
    <View className="expense-form">
      <Card title="支出内容">
        {projectId ? (
          <View className="expense-project">
            <ListRow title="从众筹项目资金支出" sub={project?.title ?? '…'} />
            {project ? (
              <ListRow
                className="expense-project-available"
                title="项目资金可用"
                extra={yuanText(project.fund.availableFen)}
              />
            ) : null}
            <Text className="muted">
              项目资金专款专用：不占年度预算，只付本项目的款项，不超过已到账减去已支出和待审批的部分。由业委会委员（非发起人）审批后记入账本
              {approval
                ? `，金额超过 ${yuanText(approval.multiApprovalAboveFen)} 须 ${approval.approvalsRequired} 位委员审批。`
                : '。'}
            </Text>
          </View>
        ) : (
          <Field
            label="从哪个账户支出"
            hint={
              draft.source === 'maintenance_fund'
                ? '维修资金支出须附上受益楼栋（单元）业主已通过的第 5 类表决，按面积分摊到各户'
                : '物业费和公共收益所在的运营账户'
            }
            className="field-source"
          >
            <ChoiceChips
              chipClassName="expense-source-chip"
              columns={2}
              options={[
                { value: 'operating' as const, label: '运营账户' },
                { value: 'maintenance_fund' as const, label: '专项维修资金' },
              ]}
              value={draft.source}
              onChange={(source) => form.update({ source })}
            />
          </Field>
        )}
        {draft.source === 'operating' ? <PolicyNote approval={approval} /> : null}
        <Field label="科目" error={errors.category} className="field-category">
          <ChoiceChips
            chipClassName="expense-category-chip"
            columns={1}
            options={CATEGORIES.map((c) => ({ value: c, label: expenseHeading(c) }))}
            value={draft.category}
            onChange={(category) => form.update({ category })}
          />
        </Field>
        <Field label="金额（元）" error={errors.amountFen} className="field-amount">
          <Input
            className="expense-amount"
            type="digit"
            value={draft.amount}
            placeholder="如 1280.00"
            onChange={(amount: string) => form.update({ amount })}
          />
        </Field>
        {draft.source === 'operating' ? (
          <AssemblyLimitWarning approval={approval} amountFen={fenFromInput(draft.amount)} />
        ) : null}
        <Field
          label="收款单位"
          hint="单位全称，会向全体业主公开"
          error={errors.counterparty}
          className="field-counterparty"
        >
          <Input
            className="expense-counterparty"
            value={draft.counterparty}
            maxLength={80}
            placeholder="如 杭州安达电梯有限公司"
            onChange={(counterparty: string) => form.update({ counterparty })}
          />
        </Field>
        <Field label="用途" error={errors.memo} className="field-memo">
          <TextArea
            className="expense-memo"
            value={draft.memo}
            maxLength={200}
            placeholder="如 3 号楼电梯更换钢丝绳"
            onChange={(memo: string) => form.update({ memo })}
          />
        </Field>
      </Card>
      <Card title="凭证">
        <ReceiptPicker
          kind="invoice"
          required
          receipts={form.receipts}
          error={errors.evidence}
          hint="发票照片，审批人和业主都能看到"
        />
        <ReceiptPicker kind="contract" receipts={form.receipts} />
        <ReceiptPicker kind="acceptance" receipts={form.receipts} hint="维修、采购的验收单" />
      </Card>
      {form.formError ? <ErrorNote message={form.formError} /> : null}
      <Button
        className="expense-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        disabled={form.receipts.uploading}
        onClick={form.submit}
      >
        提交审批
      </Button>
    </View>
  )
}
