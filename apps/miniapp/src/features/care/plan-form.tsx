import { CarePlanInput, type CarePlan } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { loadVolunteers, savePlan } from './api'
import { TimeField } from './time-field'

type F = 'windowStart' | 'windowEnd' | 'familyName' | 'familyPhone' | 'offsets'
const FIX: Record<F, string> = {
  windowStart: '请选开始时间',
  windowEnd: '请选结束时间',
  familyName: '请填写家属称呼',
  familyPhone: '请填写 11 位手机号',
  offsets: '请填写分钟数',
}

/**
 * The elder's own settings (H3): when to tap, who in the family gets the text, and after how many minutes each
 * step is told, and the paired neighbour, chosen from the compound's volunteers. The unit stays as recorded at the
 * home visit.
 */
export function PlanForm({ plan, onSaved }: { plan: CarePlan; onSaved(): void }) {
  const [form, setForm] = useState({
    windowStart: plan.windowStart,
    windowEnd: plan.windowEnd,
    familyName: plan.familyName,
    familyPhone: plan.familyPhone,
    neighbour: String(plan.offsets.neighbour),
    grid_worker: String(plan.offsets.grid_worker),
    family: String(plan.offsets.family),
  })
  const [neighbourId, setNeighbourId] = useState(plan.neighbourId)
  const volunteers = useRemote(() => loadVolunteers(plan.compoundId), [plan.compoundId])
  // The neighbour recorded at the visit stays a choice even if they are not listed in 能人库.
  const neighbours = [
    ...(volunteers.data?.some((v) => v.userId === plan.neighbourId)
      ? []
      : [{ value: plan.neighbourId, label: plan.neighbourName }]),
    ...(volunteers.data ?? [])
      .filter((v) => v.userId !== plan.elderId)
      .map((v) => ({ value: v.userId, label: v.name })),
  ]
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const save = useSave()
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const submit = async () => {
    const body = {
      unitId: plan.unitId,
      neighbourId,
      carerIds: plan.carerIds,
      windowStart: form.windowStart,
      windowEnd: form.windowEnd,
      familyName: form.familyName,
      familyPhone: form.familyPhone,
      offsets: {
        neighbour: Number(form.neighbour),
        grid_worker: Number(form.grid_worker),
        family: Number(form.family),
      },
      expectedVersion: plan.version,
    }
    const checked = CarePlanInput.safeParse(body)
    if (!checked.success) return setErrors(errorsFromZod(checked.error, FIX))
    setErrors({})
    // The API's refusal names its field in words (shown under the form by useSave).
    if (await save.run(() => savePlan({ compoundId: plan.compoundId, elderId: plan.elderId }, body), '已保存'))
      onSaved()
  }
  return (
    <Card title="我的约定" className="care-plan">
      <Field label="每天报平安的时段" error={errors.windowStart ?? errors.windowEnd}>
        <View className="care-plan__window">
          <TimeField value={form.windowStart} label="开始" onChange={set('windowStart')} />
          <Text>到</Text>
          <TimeField value={form.windowEnd} label="结束" onChange={set('windowEnd')} />
        </View>
      </Field>
      <Field label="家属称呼" error={errors.familyName}>
        <Input className="care-family-name" value={form.familyName} onChange={set('familyName')} />
      </Field>
      <Field label="家属手机（最后一步发短信）" error={errors.familyPhone}>
        <Input className="care-family-phone" type="digit" value={form.familyPhone} onChange={set('familyPhone')} />
      </Field>
      <Field label="时段结束后多少分钟通知" error={errors.offsets} hint="依次：结对邻居、网格员、家属">
        <View className="care-plan__offsets">
          <Input className="care-offset" type="digit" value={form.neighbour} onChange={set('neighbour')} />
          <Input className="care-offset" type="digit" value={form.grid_worker} onChange={set('grid_worker')} />
          <Input className="care-offset" type="digit" value={form.family} onChange={set('family')} />
        </View>
      </Field>
      <Field label="结对邻居" hint="从小区的志愿者中选一位，没按时报平安时先通知他">
        <ChoiceChips<string>
          options={neighbours}
          value={neighbourId}
          onChange={setNeighbourId}
          columns={2}
          chipClassName="care-neighbour"
        />
      </Field>
      <Text className="muted care__meta">房屋 {plan.unitLabel}（由社区上门登记，需要更换请联系物业）</Text>
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button className="care-plan-save" type="primary" block loading={save.busy} onClick={() => void submit()}>
        保存约定
      </Button>
    </Card>
  )
}
