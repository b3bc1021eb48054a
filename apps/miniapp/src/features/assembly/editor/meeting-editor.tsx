import type { Meeting, MeetingKind } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ScopePicker } from '../../../components/scope-picker'
import { AttachmentField } from './attachment-field'
import { MatterPicker } from './matter-picker'
import { useMeetingEditor } from './use-meeting-editor'
import './meeting-editor.scss'

interface Props {
  compoundId: string
  existing?: Meeting
  onSaved(m: Meeting): void
}

/** 起草会议: the meeting and its motions; texts can change until the notice freezes them (DOMAIN V9). */
export function MeetingEditor({ compoundId, existing, onSaved }: Props) {
  const e = useMeetingEditor(compoundId, existing, onSaved)
  return (
    <Card title={existing ? '修改草稿' : '起草业主大会'} className="meeting-editor">
      <Field label="会议类型">
        <ChoiceChips<MeetingKind>
          chipClassName="kind-chip"
          columns={2}
          options={[
            { value: 'regular', label: '定期会议', hint: '提前 15 天公告' },
            { value: 'temporary', label: '临时会议', hint: '按城市规定可缩短公告期' },
          ]}
          value={e.kind}
          onChange={e.setKind}
        />
      </Field>
      <ScopePicker
        scopes={e.places}
        draft={e.scope}
        label="表决范围"
        hint="一栋楼或一个单元的事项（如加装电梯）只由该楼或该单元的业主表决，名册、人数和面积只计范围内"
        onChange={e.setScope}
      />
      <Field label="会议名称">
        <Input
          className="meeting-title"
          value={e.title}
          maxLength={100}
          placeholder="如：2号楼电梯更新"
          onChange={(v: string) => e.setTitle(v)}
        />
      </Field>
      <Field label="说明（选填）">
        <TextArea
          className="meeting-desc"
          value={e.description}
          maxLength={2000}
          onChange={(v: string) => e.setDescription(v)}
        />
      </Field>
      {e.motions.map((x, i) => (
        <View key={i} className={`motion-editor motion-editor--${i + 1}`}>
          <Text className="motion-editor__head">议题{i + 1}</Text>
          <Field label="议题模板">
            <ChoiceChips<'plain' | 'lift'>
              chipClassName={`template-chip-${i + 1}`}
              columns={2}
              options={[
                { value: 'plain', label: '一般议题' },
                { value: 'lift', label: '加装电梯', hint: '第 7 类，须选楼栋或单元' },
              ]}
              value={x.template ?? 'plain'}
              onChange={(t) =>
                e.setMotion(i, t === 'lift' ? { template: 'lift', matterType: 7 } : { template: undefined })
              }
            />
          </Field>
          <Field label="表决事项类型（决定通过条件）">
            <MatterPicker
              className={`matter-chip-${i + 1}`}
              value={x.matterType}
              onChange={(matterType) => e.setMotion(i, { matterType })}
            />
          </Field>
          <Field label="议题名称">
            <Input
              className={`motion-title-${i + 1}`}
              value={x.title}
              maxLength={100}
              onChange={(v: string) => e.setMotion(i, { title: v })}
            />
          </Field>
          <Field label="议题全文">
            <TextArea
              className={`motion-text-${i + 1}`}
              value={x.text}
              maxLength={20000}
              onChange={(v: string) => e.setMotion(i, { text: v })}
            />
          </Field>
          <AttachmentField
            compoundId={compoundId}
            n={i + 1}
            list={x.attachments}
            onChange={(attachments) => e.setMotion(i, { attachments })}
          />
          {e.motions.length > 1 ? (
            <Button size="small" onClick={() => e.removeMotion(i)}>
              删除议题{i + 1}
            </Button>
          ) : null}
        </View>
      ))}
      <Button className="add-motion" size="large" block onClick={e.addMotion}>
        添加议题
      </Button>
      {e.error ? <ErrorNote message={e.error} /> : null}
      <Button className="save-meeting" type="primary" size="large" block loading={e.saving} onClick={e.save}>
        保存草稿
      </Button>
    </Card>
  )
}
