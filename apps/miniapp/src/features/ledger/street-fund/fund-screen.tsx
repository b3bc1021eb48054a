import { useState } from 'react'
import {
  FUND_INCOME_LABEL,
  STREET_FUND_NAME,
  type FundGrant,
  type FundIncomeSource,
  type FundLine,
  type StreetFundView,
} from '@jiayuan/contracts'
import { dateText, parseYuan, signedYuanText, yuanText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { DateField } from '../../../components/date-field'
import { todayDay } from '../../../components/date-value'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useSave } from '../../../hooks/use-save'
import { newIdempotencyKey } from '../../../lib/ids'
import { ReceiptPicker } from '../expenses/receipt-picker'
import { useReceipts } from '../expenses/use-receipts'
import { EvidenceList } from '../shared/evidence-list'
import { ChainVerifyCard } from '../verify/chain-verify-card'
import {
  approveGrant,
  fundChain,
  loadFund,
  proposeGrant,
  recordFundIncome,
  uploadFundVoucher,
  type FundScope,
} from './fund-api'
import '../shared/ledger-card.scss'
import './fund.scss'

/**
 * 美好家园基金 (DOMAIN S4): the street's fund as anyone in its compounds reads it — balance, every line with its
 * payer or project and evidence, the grants and the projects they funded — verified on the phone with the same
 * code as a compound's books (F10). The street's staff also see pending proposals, record income, propose grants
 * and approve a colleague's (F3: never their own).
 */
export function FundScreen({ scope }: { scope: FundScope }) {
  const remote = useRemote(() => loadFund(scope), [JSON.stringify(scope)])
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  const view = remote.data
  if (!view) return null
  const pending = view.grants.filter((g) => g.status === 'pending')
  const approved = view.grants.filter((g) => g.status === 'approved')
  return (
    <View className="fund-screen">
      <Card title={`${view.streetName} · ${STREET_FUND_NAME}`} className="fund-summary">
        <Text className="fund-balance">{`余额 ${yuanText(view.balanceFen)}`}</Text>
        <Text className="fund-text">{`累计收入 ${yuanText(view.incomeFen)}，累计拨付 ${yuanText(view.grantedFen)}`}</Text>
        {view.staff ? (
          <Text className="fund-text">{`待批拨付 ${yuanText(view.pendingFen)}，还可拨付 ${yuanText(view.availableFen)}`}</Text>
        ) : null}
        <Text className="muted">每一笔都记在基金自己的哈希链上，借贷平衡；下面可在手机上逐笔验证。</Text>
      </Card>
      <ChainVerifyCard compoundId="" source={fundChain(scope)} />
      {view.staff && 'streetId' in scope ? (
        <>
          {pending.length > 0 ? (
            <Card title="待批准的拨付" className="fund-pending">
              {pending.map((g) => (
                <PendingGrant key={g.grantId} streetId={scope.streetId} grant={g} onDone={remote.reload} />
              ))}
            </Card>
          ) : null}
          <IncomeForm streetId={scope.streetId} onDone={remote.reload} />
          <GrantForm streetId={scope.streetId} view={view} onDone={remote.reload} />
        </>
      ) : null}
      <Card title="拨付的项目" className="fund-grants">
        {approved.length === 0 ? (
          <Empty text="还没有拨付。" />
        ) : (
          approved.map((g) => <GrantRow key={g.grantId} grant={g} />)
        )}
      </Card>
      <Card title="每一笔收支" className="fund-lines">
        {view.lines.length === 0 ? (
          <Empty text="基金还没有收支。" />
        ) : (
          view.lines.map((l) => <LineRow key={l.seq} line={l} />)
        )}
      </Card>
    </View>
  )
}

function LineRow({ line }: { line: FundLine }) {
  return (
    <View className={`fund-line fund-line--${line.kind}`}>
      <View className="fund-row">
        <Text className="fund-line__category">{`第 ${line.seq} 笔 · ${line.category}`}</Text>
        <Text className="fund-line__amount">{signedYuanText(line.amountFen)}</Text>
      </View>
      <Text className="fund-text">
        {`${line.valueDate ?? dateText(line.postedAt)}${line.counterparty ? ` · ${line.counterparty}` : ''}`}
      </Text>
      {line.memo ? <Text className="muted">{line.memo}</Text> : null}
      <EvidenceList evidence={line.evidence} subject={`第 ${line.seq} 笔`} />
    </View>
  )
}

function GrantRow({ grant }: { grant: FundGrant }) {
  const kind = grant.target.kind === 'crowdfund' ? '众筹配捐' : '提升项目'
  return (
    <View className="fund-grant">
      <View className="fund-row">
        <Text className="fund-grant__title">{`${grant.compoundName} · ${grant.projectTitle}`}</Text>
        <Text>{yuanText(grant.amountFen)}</Text>
      </View>
      <Text className="fund-text">
        {`${kind}；${grant.proposedByName} 提出，${grant.approvedByName ?? '—'} 批准${grant.approvedAt ? `（${dateText(grant.approvedAt)}）` : ''}`}
      </Text>
      {grant.target.kind === 'crowdfund' && grant.status === 'approved' && grant.compoundSeq === undefined ? (
        <Text className="muted">配捐已从基金付出，小区账本入账待完成：再点一次批准即可补记。</Text>
      ) : null}
      <Text className="muted">{grant.memo}</Text>
    </View>
  )
}

function PendingGrant(props: { streetId: string; grant: FundGrant; onDone(): void }) {
  const save = useSave()
  const g = props.grant
  const approve = async () => {
    if (await save.run(() => approveGrant(props.streetId, g.grantId), '已批准，基金已拨付')) props.onDone()
  }
  return (
    <View className="fund-grant fund-grant--pending">
      <View className="fund-row">
        <Text className="fund-grant__title">{`${g.compoundName} · ${g.projectTitle}`}</Text>
        <StatusTag text="待批准" tone="wait" />
      </View>
      <Text className="fund-text">{`${yuanText(g.amountFen)}；${g.proposedByName} 提出：${g.memo}`}</Text>
      <EvidenceList evidence={g.evidence} subject="申请材料" />
      <Text className="muted">须由提出人以外的另一位街道工作人员批准（双人复核）。</Text>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button
        className="fund-approve"
        type="primary"
        size="large"
        block
        loading={save.busy}
        onClick={() => void approve()}
      >
        批准拨付
      </Button>
    </View>
  )
}

const SOURCES: Array<{ value: FundIncomeSource; label: string }> = [
  { value: 'allocation', label: FUND_INCOME_LABEL.allocation },
  { value: 'donation', label: FUND_INCOME_LABEL.donation },
]

function IncomeForm(props: { streetId: string; onDone(): void }) {
  const receipts = useReceipts('', (photo, onProgress) => uploadFundVoucher(props.streetId, photo, onProgress))
  const [source, setSource] = useState<FundIncomeSource>('allocation')
  const [amount, setAmount] = useState('')
  const [counterparty, setCounterparty] = useState('')
  const [valueDate, setValueDate] = useState(todayDay())
  const [memo, setMemo] = useState('')
  const [key, setKey] = useState(newIdempotencyKey)
  const save = useSave()
  const submit = async () => {
    const amountFen = parseYuan(amount)
    if (amountFen === undefined || amountFen <= 0) return save.setError('金额：请填写大于 0 的金额（元，最多两位小数）')
    const body = { source, amountFen, counterparty, valueDate, memo, evidence: receipts.evidence, idempotencyKey: key }
    if (await save.run(() => recordFundIncome(props.streetId, body), '已记入基金')) {
      setAmount('')
      setCounterparty('')
      setMemo('')
      setKey(newIdempotencyKey())
      props.onDone()
    }
  }
  return (
    <Card title="记一笔收入" className="fund-income-form">
      <View className="fund-form">
        <Field label="来源">
          <ChoiceChips
            options={SOURCES}
            value={source}
            onChange={(v) => setSource(v as FundIncomeSource)}
            chipClassName="fund-source"
            columns={2}
          />
        </Field>
        <Field label="金额（元）">
          <Input
            className="fund-income-amount"
            type="digit"
            value={amount}
            onChange={setAmount}
            placeholder="例如 50000"
          />
        </Field>
        <Field label="付款单位" hint="区民政局、企业或基金会；不写个人姓名">
          <Input className="fund-income-payer" value={counterparty} maxLength={80} onChange={setCounterparty} />
        </Field>
        <DateField label="到账日期" value={valueDate} onChange={setValueDate} className="fund-income-date" />
        <Field label="说明（选填）">
          <TextArea className="fund-income-memo" value={memo} maxLength={200} onChange={setMemo} />
        </Field>
        <ReceiptPicker kind="bank_receipt" receipts={receipts} required />
        {save.error ? <ErrorNote message={save.error} /> : null}
        <Button
          className="fund-income-submit"
          type="primary"
          size="large"
          block
          loading={save.busy}
          disabled={receipts.uploading}
          onClick={() => void submit()}
        >
          记入基金
        </Button>
      </View>
    </Card>
  )
}

function GrantForm(props: { streetId: string; view: StreetFundView; onDone(): void }) {
  const receipts = useReceipts('', (photo, onProgress) => uploadFundVoucher(props.streetId, photo, onProgress))
  const options = props.view.targets.map((t, i) => ({
    value: String(i),
    label: `${t.compoundName} · ${t.projectTitle}`,
    hint: `${t.target.kind === 'crowdfund' ? '众筹配捐' : '提升项目'}，预算 ${yuanText(t.budgetFen)}`,
  }))
  const [pick, setPick] = useState<string>()
  const [amount, setAmount] = useState('')
  const [memo, setMemo] = useState('')
  const [key, setKey] = useState(newIdempotencyKey)
  const save = useSave()
  const submit = async () => {
    const chosen = pick === undefined ? undefined : props.view.targets[Number(pick)]
    if (!chosen) return save.setError('项目：请选择拨付给哪个项目')
    const amountFen = parseYuan(amount)
    if (amountFen === undefined || amountFen <= 0) return save.setError('金额：请填写大于 0 的金额（元，最多两位小数）')
    const body = { target: chosen.target, amountFen, memo, evidence: receipts.evidence, idempotencyKey: key }
    if (await save.run(() => proposeGrant(props.streetId, body), '已提交，等另一位同事批准')) {
      setAmount('')
      setMemo('')
      setKey(newIdempotencyKey())
      props.onDone()
    }
  }
  return (
    <Card title="提出拨付" className="fund-grant-form">
      <View className="fund-form">
        <Text className="muted">{`还可拨付 ${yuanText(props.view.availableFen)}：待批准的拨付已先占用余额。`}</Text>
        <Field label="拨付给">
          {options.length === 0 ? (
            <Empty text="辖区小区还没有提升项目或众筹项目。" />
          ) : (
            <ChoiceChips options={options} value={pick} onChange={setPick} chipClassName="fund-target" columns={1} />
          )}
        </Field>
        <Field label="金额（元）">
          <Input className="fund-grant-amount" type="digit" value={amount} onChange={setAmount} />
        </Field>
        <Field label="拨付理由">
          <TextArea className="fund-grant-memo" value={memo} maxLength={200} onChange={setMemo} />
        </Field>
        <ReceiptPicker kind="other" receipts={receipts} required hint="项目申请表、预算或会议纪要" />
        {save.error ? <ErrorNote message={save.error} /> : null}
        <Button
          className="fund-grant-submit"
          type="primary"
          size="large"
          block
          loading={save.busy}
          disabled={receipts.uploading}
          onClick={() => void submit()}
        >
          提交拨付申请
        </Button>
      </View>
    </Card>
  )
}
