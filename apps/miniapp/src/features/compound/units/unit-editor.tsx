import type { Unit } from '@jiayuan/contracts'
import { areaText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { AREA_SOURCE_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from './unit-labels'
import { FIGURES, useUnitEditor } from './use-unit-editor'

const FIGURE_LABEL = { registeredArea: '登记面积', surveyedArea: '实测面积', contractArea: '合同面积' } as const
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }))

interface Props {
  compoundId: string
  unit: Unit
  onSaved(unit: Unit): void
  onCancel(): void
}

/** Kind, status and the three area figures of one unit; the area that counts follows DOMAIN V4. */
export function UnitEditor({ compoundId, unit, onSaved, onCancel }: Props) {
  const form = useUnitEditor(compoundId, unit, onSaved)
  const { draft } = form
  return (
    <View className="unit-editor">
      <Field label="房屋类型">
        <ChoiceChips
          chipClassName="unit-kind-chip"
          options={options(UNIT_KIND_LABEL)}
          value={draft.kind}
          onChange={(kind) => form.update({ kind })}
        />
      </Field>
      <Field label="房屋状态">
        <ChoiceChips
          chipClassName="unit-status-chip"
          options={options(UNIT_STATUS_LABEL)}
          value={draft.status}
          onChange={(status) => form.update({ status })}
        />
      </Field>
      {FIGURES.map((f) => (
        <Field key={f} label={`${FIGURE_LABEL[f]}（平方米，可空）`}>
          <Input
            className={`unit-${f}`}
            type="digit"
            value={draft[f]}
            placeholder="如 89.35"
            onChange={(v: string) => form.update({ [f]: v })}
          />
        </Field>
      ))}
      <View className="unit-editor__preview" ariaRole="status">
        {form.preview ? (
          <Text>
            计票和收费按 {areaText(form.preview.area)}（{AREA_SOURCE_LABEL[form.preview.areaSource]}
            ）：有登记面积用登记面积，否则实测，再否则合同。
          </Text>
        ) : (
          <Text className="unit-editor__bad">{form.previewError}</Text>
        )}
      </View>
      <Field label="修改原因（必填，记入日志）">
        <TextArea
          className="unit-reason"
          value={draft.reason}
          maxLength={200}
          placeholder="如 按不动产登记证更正面积"
          onChange={(reason: string) => form.update({ reason })}
        />
      </Field>
      {form.error ? <ErrorNote message={form.error} /> : null}
      <View className="unit-editor__actions">
        <Button className="unit-cancel" size="large" onClick={onCancel}>
          取消
        </Button>
        <Button className="unit-save" type="primary" size="large" loading={form.busy} onClick={form.save}>
          保存
        </Button>
      </View>
    </View>
  )
}
