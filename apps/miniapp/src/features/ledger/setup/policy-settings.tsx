import { canCall, ledger, type LedgerPolicyView, type Role } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { dateTimeText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { toast } from '../../../lib/feedback'
import { useRemote } from '../../../hooks/use-remote'
import { loadPolicy } from '../api'
import { usePolicyForm } from './use-policy-form'
import '../shared/ledger-card.scss'

/** The rules in force, in words: what every owner may read (F5). */
function PolicyRows({ view }: { view: LedgerPolicyView }) {
  const p = view.policy
  return (
    <Card title="现行规则" extra={`第 ${view.version} 版`} className="ledger-card policy-current">
      <ListRow
        title="多人审批"
        sub={`超过 ${yuanText(p.approval.multiApprovalAboveFen)} 的支出须 ${p.approval.approvalsRequired} 位委员审批`}
      />
      <ListRow title="业主大会表决" sub={`超过 ${yuanText(p.approval.assemblyAboveFen)} 的支出还须业主大会表决通过`} />
      <ListRow title="对账窗口" sub={`银行流水与账目日期相差不超过 ${p.reconciliationWindowDays} 天即可对上`} />
      <ListRow
        title="维修资金补足"
        sub={
          p.fundTopUpWhenBelowFen === null
            ? '公共收益月结时始终按比例转入维修资金'
            : `维修资金低于 ${yuanText(p.fundTopUpWhenBelowFen)} 时，公共收益按比例转入`
        }
      />
      <ListRow title="酬金收款方" sub={p.propertyCompany} />
      {view.updatedAt ? <Text className="muted">最近修改：{dateTimeText(view.updatedAt)}</Text> : null}
    </Card>
  )
}

function PolicyForm(props: { compoundId: string; view: LedgerPolicyView; onSaved: () => void }) {
  const form = usePolicyForm(props.compoundId, props.view, () => {
    toast('账本规则已保存')
    props.onSaved()
  })
  const { draft, errors } = form
  return (
    <Card title="修改规则" className="ledger-card policy-form">
      <Text className="muted">修改会留档（谁、何时、为什么），所有业主可见。</Text>
      <Field label="超过多少元须多人审批" error={errors.multi}>
        <Input
          className="policy-multi"
          type="digit"
          value={draft.multi}
          onChange={(multi: string) => form.update({ multi })}
        />
      </Field>
      <Field label="多人审批的人数" error={errors.count}>
        <Input
          className="policy-count"
          type="number"
          value={draft.count}
          onChange={(count: string) => form.update({ count })}
        />
      </Field>
      <Field label="超过多少元须业主大会表决" error={errors.assembly}>
        <Input
          className="policy-assembly"
          type="digit"
          value={draft.assembly}
          onChange={(assembly: string) => form.update({ assembly })}
        />
      </Field>
      <Field label="对账窗口（天）" error={errors.window}>
        <Input
          className="policy-window"
          type="number"
          value={draft.window}
          onChange={(window: string) => form.update({ window })}
        />
      </Field>
      <Field label="维修资金低于多少元时补足" hint="留空：始终转入" error={errors.topUp}>
        <Input
          className="policy-topup"
          type="digit"
          value={draft.topUp}
          onChange={(topUp: string) => form.update({ topUp })}
        />
      </Field>
      <Field label="酬金收款方（物业服务企业）" error={errors.company}>
        <Input
          className="policy-company"
          value={draft.company}
          maxLength={80}
          onChange={(company: string) => form.update({ company })}
        />
      </Field>
      <Field label="修改原因" error={errors.reason}>
        <TextArea
          className="policy-reason"
          value={draft.reason}
          maxLength={200}
          placeholder="如：业委会第 3 次会议决定"
          onChange={(reason: string) => form.update({ reason })}
        />
      </Field>
      {form.error ? <ErrorNote message={form.error} {...(form.stale ? { onRetry: props.onSaved } : {})} /> : null}
      <Button className="policy-submit" type="primary" size="large" block loading={form.busy} onClick={form.submit}>
        保存规则
      </Button>
    </Card>
  )
}

/** 账本规则: the committee and the community change it; everyone who reads the books sees it. */
export function PolicySettings({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const policy = useRemote(() => loadPolicy(compoundId), [compoundId])
  if (policy.loading && !policy.data) return <Loading />
  if (policy.error) return <ErrorNote message={policy.error} onRetry={policy.reload} />
  if (!policy.data) return null
  return (
    <>
      <PolicyRows view={policy.data} />
      {canCall(ledger.putPolicy, roles) ? (
        <PolicyForm key={policy.data.version} compoundId={compoundId} view={policy.data} onSaved={policy.reload} />
      ) : null}
    </>
  )
}
