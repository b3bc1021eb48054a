import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Input } from '../../components/nut'
import type { SectionProps } from './section-props'

const KINDS = [
  { value: 'lump_sum', label: '包干制', hint: '物业自负盈亏' },
  { value: 'commission', label: '酬金制', hint: '收入归业主，物业取酬金' },
  { value: 'trust', label: '信托制', hint: '酬金制 + 双密码 + 实时公开' },
] as const
const BASES = [
  { value: 'percent_of_income', label: '按收入比例' },
  { value: 'fixed_per_month', label: '每月固定' },
] as const

/** Fee model and rate (DOMAIN F1), and the share of public income that tops up the maintenance fund (F6). */
export function FeeCard({ form, update, errors }: SectionProps) {
  return (
    <Card title="物业费与公共收益" className="settings-fee">
      <Field label="收费方式">
        <ChoiceChips
          chipClassName="fee-kind-chip"
          options={KINDS}
          value={form.feeKind}
          onChange={(feeKind) => update({ feeKind })}
        />
      </Field>
      <Field label="物业费单价（元/平方米·月）" error={errors.rateYuan}>
        <Input
          className="settings-rate"
          type="digit"
          value={form.rateYuan}
          onChange={(rateYuan: string) => update({ rateYuan })}
        />
      </Field>
      {form.feeKind === 'lump_sum' ? null : (
        <>
          <Field label="物业酬金">
            <ChoiceChips
              chipClassName="remuneration-chip"
              columns={2}
              options={BASES}
              value={form.remunerationBasis}
              onChange={(remunerationBasis) => update({ remunerationBasis })}
            />
          </Field>
          {form.remunerationBasis === 'percent_of_income' ? (
            <Field label="酬金比例（占收入的 %）" error={errors.remunerationPercent}>
              <Input
                className="settings-remuneration-percent"
                type="digit"
                value={form.remunerationPercent}
                onChange={(remunerationPercent: string) => update({ remunerationPercent })}
              />
            </Field>
          ) : (
            <Field label="每月酬金（元）" error={errors.remunerationYuan}>
              <Input
                className="settings-remuneration-yuan"
                type="digit"
                value={form.remunerationYuan}
                onChange={(remunerationYuan: string) => update({ remunerationYuan })}
              />
            </Field>
          )}
        </>
      )}
      <Field
        label="公共收益补充维修资金（%）"
        hint="维修资金不足时，月结把这一比例的公共收益转入维修资金；「不足」的金额线在账本的记账规则中设置"
        error={errors.publicIncomePercent}
      >
        <Input
          className="settings-public-income"
          type="digit"
          value={form.publicIncomePercent}
          onChange={(publicIncomePercent: string) => update({ publicIncomePercent })}
        />
      </Field>
      <Text className="muted">双密码审批的金额线同样在账本的记账规则中设置。</Text>
    </Card>
  )
}
