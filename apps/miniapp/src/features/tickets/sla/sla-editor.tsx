import { useState } from 'react'
import type { SlaRule } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { durationText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { toast } from '../../../lib/feedback'
import { saveSlaTable } from '../api'
import { PRIORITY } from '../shared/labels'
import { categoryName } from '../shared/place-text'
import type { TicketContext } from '../shared/use-ticket-context'
import './sla-editor.scss'

type Minutes = 'respondMinutes' | 'onSiteMinutes' | 'resolveMinutes'
const COLUMNS: Array<{ key: Minutes; label: string }> = [
  { key: 'respondMinutes', label: '响应' },
  { key: 'onSiteMinutes', label: '到场' },
  { key: 'resolveMinutes', label: '解决' },
]

function RuleRow({
  rule,
  context,
  onChange,
}: {
  rule: SlaRule
  context: TicketContext
  onChange(rule: SlaRule): void
}) {
  const name = rule.category === '*' ? '其他类别（兜底）' : categoryName(context.categories, rule.category)
  return (
    <View className="sla-row">
      <Text className="sla-row__title">
        {name} · {PRIORITY[rule.priority]}
      </Text>
      <View className="sla-row__fields">
        {COLUMNS.map((c) => (
          <View key={c.key} className="sla-cell">
            <Text className="sla-cell__label">{c.label}（分钟）</Text>
            <Input
              className={`sla-input sla-${c.key}`}
              type="number"
              value={String(rule[c.key])}
              onChange={(v: string) => onChange({ ...rule, [c.key]: Math.max(0, Math.round(Number(v) || 0)) })}
            />
            <Text className="sla-cell__hint">{rule[c.key] > 0 ? durationText(rule[c.key]) : '请填写'}</Text>
          </View>
        ))}
      </View>
      <View
        className="sla-row__clock"
        ariaRole="button"
        onClick={() => onChange({ ...rule, clock: rule.clock === 'calendar' ? 'working' : 'calendar' })}
      >
        计时：{rule.clock === 'calendar' ? '自然时间（点按改为工作时间）' : '工作时间（点按改为自然时间）'}
      </View>
    </View>
  )
}

/** 处理时限 (DOMAIN T1): the compound's SLA table, edited row by row and saved with a reason (logged). */
export function SlaEditor({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const [rows, setRows] = useState<SlaRule[]>(context.settings.slaTable)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [saving, setSaving] = useState(false)

  async function save(): Promise<void> {
    if (!reason.trim()) return setError('请写明修改原因，会记入日志')
    if (rows.some((r) => r.respondMinutes <= 0 || r.onSiteMinutes <= 0 || r.resolveMinutes <= 0))
      return setError('每个时限都要大于 0 分钟')
    setSaving(true)
    setError(undefined)
    try {
      const saved = await saveSlaTable(compoundId, { slaTable: rows, reason: reason.trim() })
      setRows(saved.slaTable)
      setReason('')
      toast('处理时限已保存')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title="处理时限" className="sla-editor">
      <Text className="muted">按类别和紧急程度设定。新时限只用于之后的工单计时。</Text>
      {rows.map((rule, i) => (
        <RuleRow
          key={`${rule.category}-${rule.priority}`}
          rule={rule}
          context={context}
          onChange={(next) => setRows((all) => all.map((r, j) => (j === i ? next : r)))}
        />
      ))}
      <Field label="修改原因" error={error}>
        <TextArea
          className="sla-reason"
          value={reason}
          maxLength={200}
          placeholder="如：业主大会决议缩短电梯响应时限"
          onChange={(v: string) => setReason(v)}
        />
      </Field>
      {error && reason.trim() ? <ErrorNote message={error} /> : null}
      <Button className="sla-save" type="primary" size="large" block loading={saving} onClick={() => void save()}>
        保存
      </Button>
    </Card>
  )
}
