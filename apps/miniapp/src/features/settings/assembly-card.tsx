import { Text } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Input, TextArea } from '../../components/nut'
import { ON_OFF, type SectionProps } from './section-props'
import type { FormField } from './settings-form'

const DAYS: Array<{ field: FormField; label: string; hint?: string }> = [
  { field: 'noticeDays', label: '会议通知提前天数', hint: '至少 15 天（物业管理条例第十四条）' },
  { field: 'temporaryMeetingNoticeDays', label: '临时会议通知提前天数' },
  { field: 'votingWindowMinDays', label: '表决期最短天数' },
  { field: 'votingWindowMaxDays', label: '表决期最长天数' },
  { field: 'objectionWindowDays', label: '结果异议期（天）', hint: '议事规则规定的异议期；0 表示公布即为最终结果' },
  { field: 'disclosureFrequencyDays', label: '物业公开频率（天）' },
]

/** Owners' assembly rules: notice and voting window (DOMAIN V9), objection window (V10), 从众 with its clause (V8). */
export function AssemblyCard({ form, update, errors }: SectionProps) {
  return (
    <Card title="业主大会" className="settings-assembly">
      {DAYS.map((d) => (
        <Field key={d.field} label={d.label} error={errors[d.field]} {...(d.hint ? { hint: d.hint } : {})}>
          <Input
            className={`settings-${d.field}`}
            type="number"
            value={String(form[d.field])}
            onChange={(v: string) => update({ [d.field]: v })}
          />
        </Field>
      ))}
      <Field label="从众（未投票视为随多数）" hint="只有本小区议事规则写明时才能开启，须引用该条款">
        <ChoiceChips
          chipClassName="follow-majority-chip"
          columns={2}
          options={ON_OFF}
          value={form.followMajority ? 'on' : 'off'}
          onChange={(v) => update({ followMajority: v === 'on' })}
        />
      </Field>
      {form.followMajority ? (
        <Field label="议事规则条款" error={errors.clause}>
          <TextArea
            className="settings-clause"
            value={form.clause}
            maxLength={200}
            placeholder="如 议事规则第十二条：业主未在表决期内投票的，视为同意多数票意见"
            onChange={(clause: string) => update({ clause })}
          />
        </Field>
      ) : (
        <Text className="muted">关闭时只按实际投票计票。</Text>
      )}
      <Field label="车位面积计入表决面积">
        <ChoiceChips
          chipClassName="parking-area-chip"
          columns={2}
          options={ON_OFF}
          value={form.parkingAreaCounts ? 'on' : 'off'}
          onChange={(v) => update({ parkingAreaCounts: v === 'on' })}
        />
      </Field>
      <Field
        label="政府表决平台网址（选填）"
        hint="城市要求在政府平台计票时填写，本系统只发通知和提醒"
        error={errors.governmentPlatformUrl}
      >
        <Input
          className="settings-platform"
          value={form.governmentPlatformUrl}
          placeholder="https://"
          onChange={(governmentPlatformUrl: string) => update({ governmentPlatformUrl })}
        />
      </Field>
    </Card>
  )
}
