import { INCOME_CATEGORY_LABEL, PUBLIC_INCOME_CATEGORIES } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { DateField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { usePublicIncomeForm } from './use-public-income-form'
import '../shared/ledger-card.scss'

export function PublicIncomeForm({ compoundId }: { compoundId: string }) {
  const form = usePublicIncomeForm(compoundId)
  const { draft, errors } = form
  return (
    <Card title="登记公共收益" className="ledger-card public-income-form">
      <Text className="muted">公共收益归全体业主，单独记账；月结时按规定比例转入维修资金。</Text>
      <Field label="来源" error={errors.category} className="field-income-category">
        <ChoiceChips
          chipClassName="income-category-chip"
          columns={2}
          options={PUBLIC_INCOME_CATEGORIES.map((c) => ({ value: c, label: INCOME_CATEGORY_LABEL[c] }))}
          value={draft.category}
          onChange={(category) => form.update({ category })}
        />
      </Field>
      <Field label="金额（元）" error={errors.amountFen}>
        <Input
          className="income-amount"
          type="digit"
          value={draft.amount}
          placeholder="如 6800"
          onChange={(amount: string) => form.update({ amount })}
        />
      </Field>
      <Field label="付款单位" error={errors.counterparty}>
        <Input
          className="income-counterparty"
          value={draft.counterparty}
          maxLength={80}
          placeholder="如 和谐停车管理有限公司"
          onChange={(counterparty: string) => form.update({ counterparty })}
        />
      </Field>
      <Field label="到账日期" error={errors.valueDate}>
        <DateField
          className="income-date"
          label="到账日期"
          value={draft.valueDate}
          onChange={(valueDate) => form.update({ valueDate })}
        />
      </Field>
      <Field label="说明（选填）" error={errors.memo}>
        <TextArea
          className="income-memo"
          value={draft.memo}
          maxLength={200}
          onChange={(memo: string) => form.update({ memo })}
        />
      </Field>
      {form.error ? <ErrorNote message={form.error} /> : null}
      {form.done ? <Text className="income-done">{form.done}</Text> : null}
      <Button className="income-submit" type="primary" size="large" block loading={form.busy} onClick={form.submit}>
        登记收益
      </Button>
    </Card>
  )
}
