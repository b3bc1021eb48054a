import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useRemote } from '../../../hooks/use-remote'
import { loadAccounts, loadLine } from '../api'
import { openingAccounts } from './opening-legs'
import { useOpeningForm } from './use-opening-form'
import '../shared/ledger-card.scss'

/** The opening entry once posted: who may read the books sees what it said. */
function PostedOpening({ compoundId }: { compoundId: string }) {
  const line = useRemote(() => loadLine(compoundId, 1), [compoundId])
  return (
    <Card title="期初余额" extra={<StatusTag tone="ok" text="已登记" />} className="ledger-card opening-posted">
      <Text className="muted">期初余额已登记，是账本的第 1 笔，不能再改；如有差错，请在账本里对该笔冲正。</Text>
      {line.loading && !line.data ? <Loading /> : null}
      {line.error ? <ErrorNote message={line.error} onRetry={line.reload} /> : null}
      {line.data ? <ListRow title="依据" sub={line.data.memo} /> : null}
      {line.data?.legs.map((leg) => (
        <ListRow key={leg.account} title={leg.name} extra={yuanText(Math.abs(leg.amountFen))} />
      ))}
    </Card>
  )
}

/** 期初余额: bank, maintenance fund by building and public income as they stood at go-live; 历年结余 takes the rest. */
export function OpeningBalance({ compoundId }: { compoundId: string }) {
  const accounts = useRemote(() => loadAccounts(compoundId), [compoundId])
  const form = useOpeningForm(compoundId, accounts.reload)
  if (accounts.loading && !accounts.data) return <Loading />
  if (accounts.error) return <ErrorNote message={accounts.error} onRetry={accounts.reload} />
  if (!accounts.data) return null
  if (accounts.data.headSeq > 0) return <PostedOpening compoundId={compoundId} />
  return (
    <Card title="登记期初余额" className="ledger-card opening-form">
      <Text className="muted">
        小区上线时，按银行对账单和维修资金台账填写各账户的余额（元）。只能登记一次，登记后即成为账本第 1 笔。
      </Text>
      {openingAccounts(accounts.data.accounts).map((a, i) => (
        <Field key={a.code} label={`${a.name}（元）`} error={i === 0 ? form.errors.amounts : undefined}>
          <Input
            className={`opening-amount opening-amount--${a.code.replace(/[^a-z0-9]/gi, '-')}`}
            type="digit"
            value={form.amounts[a.code] ?? ''}
            placeholder="0"
            onChange={(text: string) => form.setAmount(a.code, text)}
          />
        </Field>
      ))}
      <ListRow
        className="opening-retained"
        title="历年结余（自动计算）"
        sub="银行存款减去维修资金和公共收益"
        extra={yuanText(form.plan.retainedFen)}
      />
      <Field label="依据" error={form.errors.reason}>
        <TextArea
          className="opening-reason"
          value={form.reason}
          maxLength={200}
          placeholder="如：2026 年 12 月 1 日接管时银行对账单余额"
          onChange={(text: string) => form.setReason(text)}
        />
      </Field>
      {form.error ? <ErrorNote message={form.error} /> : null}
      <Button className="opening-submit" type="primary" size="large" block loading={form.busy} onClick={form.submit}>
        登记期初余额
      </Button>
    </Card>
  )
}
