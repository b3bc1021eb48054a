import { BULLETIN_BODY_MAX, BULLETIN_KIND_LABEL, BULLETIN_TITLE_MAX, BulletinKind } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { DateTimeField } from '../../components/date-field'
import { Field } from '../../components/field'
import { Button, Input, TextArea } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { ScopePicker } from '../../components/scope-picker'
import { useBulletinForm } from './use-bulletin-form'
import './bulletins.scss'

const KIND_OPTIONS = BulletinKind.options.map((value) => ({ value, label: BULLETIN_KIND_LABEL[value] }))

/**
 * 发布公告: what kind, a short title, the text, who it is for, and when. The text passes the same content check
 * as other text people write before anyone sees it; a refusal is shown under the field to change.
 */
export function BulletinForm({ compoundId }: { compoundId: string }) {
  const form = useBulletinForm(compoundId)
  const { draft, errors } = form
  return (
    <View className="bulletin-form">
      <Field label="类别" error={errors.kind} className="field-kind">
        <ChoiceChips
          chipClassName="bulletin-kind-chip"
          columns={4}
          options={KIND_OPTIONS}
          value={draft.kind}
          onChange={(kind) => form.update({ kind })}
        />
      </Field>
      <Field label="标题" hint={`${BULLETIN_TITLE_MAX} 字以内`} error={errors.title} className="field-title">
        <Input
          className="bulletin-title-input"
          value={draft.title}
          maxLength={BULLETIN_TITLE_MAX}
          placeholder="如：2号楼明日停水"
          onChange={(title: string) => form.update({ title })}
        />
      </Field>
      <Field label="正文" error={errors.body} className="field-body">
        <TextArea
          className="bulletin-body-input"
          value={draft.body}
          maxLength={BULLETIN_BODY_MAX}
          showCount
          placeholder="写清原因、影响和需要住户做的准备，如：请提前储水"
          onChange={(body: string) => form.update({ body })}
        />
      </Field>
      <ScopePicker
        scopes={form.scopes}
        draft={draft}
        label="发布范围"
        hint="只有范围内的住户会在首页和消息里看到"
        error={errors.scope}
        onChange={form.update}
      />
      <Field
        label="开始时间"
        hint="默认现在；可改为停水、停电等开始的时间"
        error={errors.startsAt}
        className="field-starts"
      >
        <DateTimeField
          className="bulletin-starts"
          label="开始"
          value={draft.startsAt}
          onChange={(startsAt) => form.update({ startsAt })}
        />
      </Field>
      <Field label="结束时间" hint="到这个时间，公告从首页撤下" error={errors.endsAt} className="field-ends">
        <DateTimeField
          className="bulletin-ends"
          label="结束"
          value={draft.endsAt}
          onChange={(endsAt) => form.update({ endsAt })}
        />
      </Field>
      {form.formError ? <ErrorNote message={form.formError} /> : null}
      <Button
        className="bulletin-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        onClick={form.submit}
      >
        发布公告
      </Button>
      <Text className="muted bulletin-form__note">发布后立即送达范围内住户的消息，并在首页显示到结束时间。</Text>
    </View>
  )
}
