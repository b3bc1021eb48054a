import { Text, View } from '@tarojs/components'
import { planShares, ROUNDING_TEXT, ruleText, sharesByFloor, yuanText } from '@jiayuan/domain'
import type { ShareRule } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { DateTimeField } from '../../../components/date-field'
import { Field } from '../../../components/field'
import { ListRow } from '../../../components/list-row'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { replaceBook } from '../../../lib/books-pages'
import { loadConsentMotions } from '../api'
import { fenFromInput } from '../shared/money'
import { ruleOf, useProjectForm, type RuleKind } from './use-project-form'

const RULES: Array<{ value: RuleKind; label: string }> = [
  { value: 'by_floor', label: '按楼层系数' },
  { value: 'by_area', label: '按面积' },
  { value: 'per_household', label: '按户均摊' },
]

/**
 * 发起众筹项目 (DOMAIN F13): the committee picks the building's or entrance's passed type-7 vote (its scope comes
 * with it, V14), the target, the cost-share rule and the deadline. A rough preview of the floor table follows the
 * rule as it is typed; the API fixes the shares over the vote's frozen scope.
 */
export function ProjectForm({ compoundId }: { compoundId: string }) {
  const form = useProjectForm(compoundId)
  const motions = useRemote(() => loadConsentMotions(compoundId), [compoundId])
  const { draft, errors } = form
  if (form.result) {
    replaceBook('project', { projectId: form.result.projectId })
    return <Loading text="已发起，正在打开项目…" />
  }
  const rule = ruleOf(draft)
  const full = rule.kind === 'by_floor' ? rule.startCoefficient !== undefined && rule.step !== undefined : true
  const free = (motions.data ?? []).filter((m) => !m.usedBy)
  return (
    <View className="project-form">
      <Card title="业主同意（必选）">
        <Field
          label="表决"
          error={errors.motionId ?? errors.scope}
          className="field-motion"
          hint="须是本楼或本单元业主的第 7 类（改建、重建建筑物及其附属设施）表决，已通过并公布最终结果；项目范围即表决范围"
        >
          {motions.loading && !motions.data ? <Loading /> : null}
          {motions.error ? <ErrorNote message={motions.error} onRetry={motions.reload} /> : null}
          {motions.data && free.length === 0 ? (
            <Text className="muted">
              还没有可用的表决。请先在「议事」发起本楼（单元）的表决，通过并公布最终结果后再来。
            </Text>
          ) : null}
          {free.map((m) => (
            <ListRow
              key={`${m.meetingId}#${m.motionId}`}
              className={`project-motion${draft.motion?.motionId === m.motionId && draft.motion.meetingId === m.meetingId ? ' project-motion--chosen' : ''}`}
              title={`${draft.motion?.meetingId === m.meetingId && draft.motion.motionId === m.motionId ? '✓ ' : ''}${m.motionTitle}`}
              sub={`${m.scopeText} · ${m.unitCount} 户 · ${m.meetingTitle}`}
              onClick={() => form.update({ motion: m })}
            />
          ))}
        </Field>
      </Card>
      <Card title="项目">
        <Field label="项目名称" error={errors.title} className="field-title">
          <Input
            className="project-title"
            value={draft.title}
            maxLength={60}
            placeholder="如 3号楼2单元加装电梯"
            onChange={(title: string) => form.update({ title })}
          />
        </Field>
        <Field label="说明" error={errors.description} className="field-description">
          <TextArea
            className="project-description"
            value={draft.description}
            maxLength={1000}
            placeholder="造价、补贴、施工单位、图纸在哪里公示"
            onChange={(description: string) => form.update({ description })}
          />
        </Field>
        <Field
          label="目标金额（元）"
          error={errors.targetFen}
          className="field-target"
          hint="业主需要共同筹集的金额（扣除补贴后）"
        >
          <Input
            className="project-target-input"
            type="digit"
            value={draft.target}
            placeholder="如 480000"
            onChange={(target: string) => form.update({ target })}
          />
        </Field>
        <Field
          label="认缴截止（北京时间）"
          error={errors.deadline}
          className="field-deadline"
          hint="全额或不办：截止前认缴达到目标即成立，否则终止并退款"
        >
          <DateTimeField label="认缴截止" value={draft.deadline} onChange={(deadline) => form.update({ deadline })} />
        </Field>
      </Card>
      <Card title="分摊方式">
        <Field label="方式" error={errors.rule} className="field-rule">
          <ChoiceChips
            chipClassName="project-rule-chip"
            columns={3}
            options={RULES}
            value={draft.ruleKind}
            onChange={(ruleKind) => form.update({ ruleKind })}
          />
        </Field>
        {draft.ruleKind === 'by_floor' ? (
          <View className="project-floor-params">
            <Field label="几层及以下不分摊" className="field-exempt">
              <Input
                className="project-exempt"
                type="number"
                value={draft.exemptThroughFloor}
                onChange={(exemptThroughFloor: string) => form.update({ exemptThroughFloor })}
              />
            </Field>
            <Field label="起始系数" className="field-start" hint="不分摊楼层的上一层">
              <Input
                className="project-start"
                type="digit"
                value={draft.startCoefficient}
                onChange={(startCoefficient: string) => form.update({ startCoefficient })}
              />
            </Field>
            <Field label="每高一层增加" className="field-step">
              <Input
                className="project-step"
                type="digit"
                value={draft.step}
                onChange={(step: string) => form.update({ step })}
              />
            </Field>
          </View>
        ) : null}
        {full ? (
          <Text className="muted">
            {ruleText(rule as ShareRule)}。{ROUNDING_TEXT}
          </Text>
        ) : null}
        <FloorPreview draftTarget={draft.target} rule={full ? (rule as ShareRule) : undefined} />
      </Card>
      {form.formError ? <ErrorNote message={form.formError} /> : null}
      <Button
        className="project-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        onClick={form.submit}
      >
        发起众筹
      </Button>
    </View>
  )
}

/** What one household of a 10-floor entrance with 2 rooms a floor would pay: a preview of the rule, not the shares. */
function FloorPreview({ draftTarget, rule }: { draftTarget: string; rule?: ShareRule }) {
  const target = fenFromInput(draftTarget)
  if (!target || !rule || rule.kind !== 'by_floor') return null
  try {
    const units = Array.from({ length: 10 }, (_, i) => ({ unitId: `f${i + 1}`, label: `1-1-${i + 1}01`, area: 9_000 }))
    const rows = sharesByFloor(planShares(target, units, rule))
    return (
      <View className="project-floor-preview">
        <Text className="field__label">示例：每层一户、共 10 层时各层应分摊</Text>
        {rows.map((r) => (
          <ListRow key={r.floor ?? 'none'} title={`${r.floor ?? '—'} 层`} extra={yuanText(r.totalFen)} />
        ))}
      </View>
    )
  } catch (err) {
    return <ErrorNote message={(err as Error).message} />
  }
}
