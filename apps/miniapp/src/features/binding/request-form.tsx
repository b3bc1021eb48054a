import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { EvidencePicker } from './evidence-picker'
import { Submitted } from './submitted'
import { UnitPicker } from './unit-picker'
import { useBindingForm } from './use-binding-form'
import './request-form.scss'

/** 认证业主: claim a unit with a photo of the title; the committee checks it against the roll (DOMAIN V13). */
export function BindingRequestForm({ compoundId }: { compoundId: string }) {
  const form = useBindingForm(compoundId)
  if (form.result) return <Submitted binding={form.result} />
  const { draft, errors } = form
  return (
    <View className="binding-form">
      <Text className="binding-form__lead">
        认证后可以参加业主大会表决、查看小区账本。我们只用这些信息核对房屋名册。
      </Text>
      <UnitPicker
        compoundId={compoundId}
        buildingId={draft.buildingId}
        unitId={draft.unitId}
        error={errors.unitId}
        onBuilding={(buildingId) => form.update({ buildingId, unitId: undefined })}
        onUnit={(unitId) => form.update({ unitId })}
      />
      <Field label="产权人姓名" hint="与产权证上的姓名一致" error={errors.claimedName} className="field-name">
        <Input
          className="claimed-name"
          value={draft.claimedName}
          maxLength={40}
          placeholder="请输入姓名"
          onChange={(claimedName: string) => form.update({ claimedName })}
        />
      </Field>
      <Field label="身份" error={errors.relation} className="field-relation">
        <ChoiceChips
          chipClassName="relation-chip"
          columns={2}
          options={[
            { value: 'owner', label: '产权人', hint: '产权证上只有我' },
            { value: 'co_owner', label: '共有人', hint: '与他人共有' },
          ]}
          value={draft.relation}
          onChange={(relation) => form.update({ relation })}
        />
      </Field>
      <EvidencePicker evidence={form.evidence} error={errors.evidenceKey} />
      {form.formError ? <ErrorNote message={form.formError} /> : null}
      <Button
        className="binding-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        disabled={form.evidence.uploading}
        onClick={form.submit}
      >
        提交认证
      </Button>
    </View>
  )
}
