import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { monthText, shanghaiMonth } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { DateField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadBills } from '../api'
import { BillPicker } from './bill-picker'
import { GenerateBills } from './generate-bills'
import { MonthChips } from '../shared/month-chips'
import { usePaymentForm } from './use-payment-form'
import '../shared/ledger-card.scss'

/** 登记收款: pick the month and the unit's bill, confirm the amount, record it (F9: a payment is linked to its bill). */
export function PaymentForm({ compoundId }: { compoundId: string }) {
  const [period, setPeriod] = useState(() => shanghaiMonth(new Date()))
  const bills = useRemote(() => loadBills(compoundId, { period }), [compoundId, period])
  const form = usePaymentForm(compoundId)
  return (
    <View className="payment-form">
      <Card className="ledger-card" title="账单月份">
        <MonthChips value={period} onChange={setPeriod} className="payment-month-chip" />
      </Card>
      <Card
        className="ledger-card"
        title={`${monthText(period)}账单`}
        extra={bills.data ? `${bills.data.length} 张` : undefined}
      >
        {bills.loading && !bills.data ? <Loading /> : null}
        {bills.error ? <ErrorNote message={bills.error} onRetry={bills.reload} /> : null}
        {bills.data?.length === 0 ? (
          <GenerateBills compoundId={compoundId} period={period} onDone={bills.reload} />
        ) : null}
        {bills.data?.length ? (
          <BillPicker bills={bills.data} selected={form.bill?.billId} onChoose={form.choose} />
        ) : null}
      </Card>
      <Card className="ledger-card" title="收款">
        <Text className="muted payment-bill">
          {form.bill ? `${form.bill.unitLabel} · ${form.bill.period}` : '请先在上面选一张账单'}
        </Text>
        <Field label="金额（元）" error={form.errors.amountFen ?? form.errors.unitId} className="field-payment-amount">
          <Input
            className="payment-amount"
            type="digit"
            value={form.amount}
            placeholder="如 302.40"
            onChange={(v: string) => form.setAmount(v)}
          />
        </Field>
        <Field label="到账日期" error={form.errors.valueDate} className="field-value-date">
          <DateField
            className="payment-date"
            label="到账日期"
            value={form.valueDate}
            onChange={(v) => form.setValueDate(v)}
          />
        </Field>
        <Field
          label="银行流水号（选填）"
          hint="填写后可与银行对账单自动对上"
          error={form.errors.reference}
          className="field-reference"
        >
          <Input
            className="payment-reference"
            value={form.reference}
            maxLength={64}
            placeholder="如 WX202503A1B2C3"
            onChange={(v: string) => form.setReference(v)}
          />
        </Field>
        {form.error ? <ErrorNote message={form.error} /> : null}
        {form.done ? (
          <View className="payment-done" ariaRole="status">
            <Text>{form.done}</Text>
          </View>
        ) : null}
        <Button
          className="payment-submit"
          type="primary"
          size="large"
          block
          loading={form.busy}
          onClick={() => void form.submit(bills.reload)}
        >
          登记收款
        </Button>
      </Card>
    </View>
  )
}
