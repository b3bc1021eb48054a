import { useState } from 'react'
import { platform, type BodyOf, type Compound, type FeeModel } from '@jiayuan/contracts'
import { parseYuan } from '@jiayuan/domain'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { newIdempotencyKey } from '../../lib/ids'
import { createCompound } from './api'

type F = 'name' | 'address' | 'city' | 'feeModel'
const FIX: Record<F, string> = {
  name: '请填写小区名称',
  address: '请填写地址',
  city: '请选择城市',
  feeModel: '请填写物业费单价',
}

/** The city profile the settings start from; the settings page adjusts each value afterwards. */
const CITIES = [
  { value: '全国默认', label: '全国默认' },
  { value: '北京', label: '北京' },
  { value: '上海', label: '上海' },
  { value: '杭州', label: '杭州' },
] as const

const FEE_KINDS = [
  { value: 'lump_sum', label: '包干制', hint: '物业费归物业公司，盈亏自负' },
  { value: 'commission', label: '酬金制', hint: '收支归业主，物业按比例取酬金' },
  { value: 'trust', label: '信托制', hint: '账户归全体业主，每笔公开' },
] as const

type FeeKind = FeeModel['kind']

function feeModelOf(kind: FeeKind, rateYuan: string, percent: string): FeeModel | undefined {
  const ratePerSqmFen = parseYuan(rateYuan)
  if (ratePerSqmFen === undefined) return undefined
  if (kind === 'lump_sum') return { kind, ratePerSqmFen }
  const basisPoints = Math.round(Number(percent) * 100)
  if (!Number.isFinite(basisPoints)) return undefined
  return { kind, ratePerSqmFen, remuneration: { basis: 'percent_of_income', basisPoints } }
}

/** 新建小区: name, address, city profile and fee model (DOMAIN F1); street and community come from the community. */
export function NewCompoundForm({ communityId, onCreated }: { communityId: string; onCreated(c: Compound): void }) {
  const [name, setName] = useState('')
  const [address, setAddress] = useState('')
  const [city, setCity] = useState<string>('全国默认')
  const [kind, setKind] = useState<FeeKind>('trust')
  const [rate, setRate] = useState('')
  const [percent, setPercent] = useState('10')
  const [key] = useState(newIdempotencyKey)
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function submit(): Promise<void> {
    const feeModel = feeModelOf(kind, rate, percent)
    const body: Partial<BodyOf<typeof platform.createCompound>> = { name, address, city, idempotencyKey: key }
    const parsed = platform.createCompound.body.safeParse({ ...body, feeModel })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      onCreated(await createCompound(communityId, parsed.data))
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Field label="小区名称" error={errors.name}>
        <Input className="compound-name" value={name} placeholder="如：和谐家园" onChange={setName} />
      </Field>
      <Field label="地址" error={errors.address}>
        <Input
          className="compound-address"
          value={address}
          placeholder="如：杭州市拱墅区和谐路 88 号"
          onChange={setAddress}
        />
      </Field>
      <Field label="城市规则" hint="公告期、表决期等按所选城市的规定起步，之后可在设置中调整" error={errors.city}>
        <ChoiceChips options={CITIES} value={city} onChange={setCity} chipClassName="city-chip" columns={4} />
      </Field>
      <Field label="物业费模式" error={undefined}>
        <ChoiceChips<FeeKind>
          options={FEE_KINDS}
          value={kind}
          onChange={setKind}
          chipClassName="fee-kind-chip"
          columns={3}
        />
      </Field>
      <Field label="物业费单价（元/平方米·月）" error={errors.feeModel}>
        <Input className="fee-rate" type="digit" value={rate} placeholder="如 1.50" onChange={setRate} />
      </Field>
      {kind !== 'lump_sum' ? (
        <Field label="物业酬金（占收入的百分比）" hint="酬金制、信托制下物业公司的报酬">
          <Input className="fee-percent" type="digit" value={percent} placeholder="如 10" onChange={setPercent} />
        </Field>
      ) : null}
      {failure ? <ErrorNote message={failure} /> : null}
      <Button
        className="create-compound"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        新建小区
      </Button>
    </>
  )
}
