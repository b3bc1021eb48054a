import { DISCLOSURE_OBJECTION_CATEGORY, TICKET_DESCRIPTION_MAX } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { SharePhone } from '../../../components/share-phone'
import { ErrorNote } from '../../../components/status'
import { isWeapp } from '../../../lib/platform'
import { PhotoPicker } from '../../../components/photo-picker'
import { PlacePicker } from './place-picker'
import { ReportDone } from './report-done'
import { SimilarTickets } from './similar-tickets'
import { useReportForm } from './use-report-form'
import { VoiceInput } from './voice-input'
import type { TicketContext } from '../shared/use-ticket-context'
import './report-form.scss'

/** 随手拍: photos first (the quickest way to say what is wrong), then kind, place and a few words. */
export function ReportForm({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const categories = context.categories.filter((c) => c.id !== DISCLOSURE_OBJECTION_CATEGORY)
  const form = useReportForm(
    compoundId,
    categories.map((c) => c.id),
  )
  if (form.result) return <ReportDone view={form.result} context={context} />
  const { draft, errors } = form
  return (
    <View className="report-form">
      <PhotoPicker
        uploads={form.photos}
        name="report-photo"
        label="照片（1–9 张）"
        hint="拍下问题所在，照片经审核后才会公开"
        error={errors.photoKeys}
      />
      <Field label="类别" error={errors.category} className="field-category">
        <ChoiceChips
          chipClassName="category-chip"
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
          value={draft.category}
          onChange={(category) => form.update({ category })}
        />
      </Field>
      <PlacePicker context={context} units={form.units} draft={draft} error={errors.location} onChange={form.update} />
      <Field
        label="问题描述"
        hint="说清楚在哪、怎么了；电话不必写在这里，在下面留一次即可"
        error={errors.description}
        className="field-description"
      >
        <TextArea
          className="report-description"
          value={draft.description}
          maxLength={TICKET_DESCRIPTION_MAX}
          showCount
          placeholder="如：2单元三楼楼道灯不亮，晚上很黑"
          onChange={(description: string) => form.update({ description })}
        />
        <VoiceInput
          value={draft.description}
          maxLength={TICKET_DESCRIPTION_MAX}
          onChange={(description) => form.update({ description })}
        />
      </Field>
      <SimilarTickets form={form} context={context} />
      <Field label="联系电话（可不留）" className="field-phone">
        <SharePhone why="留个电话，处理人上门前可以打给您；只给处理这张报修的人看。" />
      </Field>
      {form.formError ? <ErrorNote message={form.formError} /> : null}
      <Button
        className="report-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        disabled={form.photos.uploading}
        onClick={form.submit}
      >
        {form.photos.uploading ? '照片上传中…' : '提交报修'}
      </Button>
      {isWeapp ? <Text className="report-form__note muted">提交时会询问是否接收处理进展通知。</Text> : null}
    </View>
  )
}
