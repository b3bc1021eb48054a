import { ExpenseCategory, type BudgetView } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { toast } from '../../../lib/feedback'
import { replaceBook } from '../../../lib/books-pages'
import { loadBudget } from '../api'
import { expenseHeading } from '../shared/labels'
import { useBudgetEditor } from './use-budget-editor'
import '../shared/ledger-card.scss'

function Editor({ compoundId, budget }: { compoundId: string; budget: BudgetView }) {
  const form = useBudgetEditor(compoundId, budget, (view) => {
    toast(view.state === 'pending' ? '已提交，等待另一位委员批准' : '草案已保存')
    replaceBook('budget')
  })
  return (
    <Card title={`编制 ${budget.year} 年预算`} className="ledger-card budget-editor">
      <Text className="muted">
        按法定成本科目填写全年预算（元），不用的科目留空。提交后须由另一位业委会委员批准才生效。
      </Text>
      {ExpenseCategory.options.map((c, i) => (
        <Field key={c} label={expenseHeading(c)} error={i === 0 ? form.errors.lines : undefined}>
          <Input
            className={`budget-amount budget-amount--${c}`}
            type="digit"
            value={form.amounts[c] ?? ''}
            placeholder="全年金额（元）"
            onChange={(text: string) => form.setAmount(c, text)}
          />
        </Field>
      ))}
      <ListRow className="budget-total" title="合计" extra={yuanText(form.totalFen)} />
      <Field label="依据" error={form.errors.reason}>
        <TextArea
          className="budget-reason"
          value={form.reason}
          maxLength={200}
          placeholder="如：2027 年度预算，经业主大会表决通过"
          onChange={(text: string) => form.setReason(text)}
        />
      </Field>
      {form.error ? <ErrorNote message={form.error} /> : null}
      <Button
        className="budget-submit"
        type="primary"
        size="large"
        block
        loading={form.busy === 'submit'}
        onClick={form.submit}
      >
        提交审批
      </Button>
      <Button className="budget-save-draft" size="large" block loading={form.busy === 'draft'} onClick={form.saveDraft}>
        保存草案
      </Button>
    </Card>
  )
}

/** The budget editor of a year: loads what stands, then edits it (F7). */
export function BudgetEditor({ compoundId, year }: { compoundId: string; year: number }) {
  const budget = useRemote(() => loadBudget(compoundId, year), [compoundId, year])
  if (budget.loading && !budget.data) return <Loading />
  if (budget.error) return <ErrorNote message={budget.error} onRetry={budget.reload} />
  return budget.data ? <Editor compoundId={compoundId} budget={budget.data} /> : null
}
