import type { DisclosureItem } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSectionEditor } from './use-section-editor'
import './section-editor.scss'

interface Props {
  compoundId: string
  item: DisclosureItem
  onSaved(item: DisclosureItem): void
  onConflict(): void
  onCancel(): void
}

/** The company section names its responsible persons; any section that already has some keeps the list. */
const takesPersons = (item: DisclosureItem) => item.section === 'company' || item.persons.length > 0

/** Property staff or the committee replace a section's items; the save carries the version they read. */
export function SectionEditor({ compoundId, item, onSaved, onConflict, onCancel }: Props) {
  const ed = useSectionEditor({ compoundId, item, onSaved, onConflict })
  return (
    <View className="section-editor">
      <Field label="公示内容" hint="一行写一项，业主可以对每一项提出异议" error={ed.errors.content}>
        <TextArea
          className="section-content"
          value={ed.draft.content}
          maxLength={8000}
          placeholder="例如：物业费 2.50 元/平方米·月"
          onChange={(v: string) => ed.setContent(v)}
        />
      </Field>
      {takesPersons(item) ? (
        <View className="section-editor__persons">
          <Text className="section-editor__label">负责人（只填工作电话，不填私人手机）</Text>
          {ed.draft.persons.map((p, i) => (
            <View key={i} className="person-draft">
              <Field label={`第 ${i + 1} 位 · 职务`} error={ed.errors[`persons.${i}.duty`]}>
                <Input
                  className="person-duty"
                  value={p.duty}
                  maxLength={40}
                  placeholder="如：项目经理"
                  onChange={(duty: string) => ed.setPerson(i, { duty })}
                />
              </Field>
              <Field label={`第 ${i + 1} 位 · 姓名`} error={ed.errors[`persons.${i}.name`]}>
                <Input
                  className="person-name"
                  value={p.name}
                  maxLength={20}
                  placeholder="姓名"
                  onChange={(name: string) => ed.setPerson(i, { name })}
                />
              </Field>
              <Field label={`第 ${i + 1} 位 · 工作电话`} error={ed.errors[`persons.${i}.workContact`]}>
                <Input
                  className="person-contact"
                  value={p.workContact}
                  maxLength={40}
                  placeholder="办公电话或工作手机"
                  onChange={(workContact: string) => ed.setPerson(i, { workContact })}
                />
              </Field>
              <View
                className="person-draft__remove"
                ariaRole="button"
                ariaLabel={`删除第 ${i + 1} 位负责人`}
                onClick={() => ed.removePerson(i)}
              >
                删除这位
              </View>
            </View>
          ))}
          {ed.errors.persons ? <ErrorNote message={ed.errors.persons} /> : null}
          <Button className="person-add" size="large" block onClick={ed.addPerson}>
            添加负责人
          </Button>
        </View>
      ) : null}
      {ed.formError ? <ErrorNote message={ed.formError} /> : null}
      <View className="section-editor__buttons">
        <Button className="section-save" type="primary" size="large" loading={ed.busy} onClick={ed.save}>
          保存并公示
        </Button>
        <Button className="section-cancel" size="large" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
