import { useState } from 'react'
import { RECT_PHOTOS_MAX, ReinspectRequest, ReplyNoticeRequest, type RectificationView } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { PhotoPicker } from '../../components/photo-picker'
import { ErrorNote } from '../../components/status'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { ApiError, messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { errorsFromApi, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { noticeUpload, reinspectNotice, replyNotice } from './api'

type R = 'note' | 'photoKeys'
const REPLY_FIX: Record<R, string> = { note: '请写明整改情况', photoKeys: '请至少附一张整改后的照片' }

function fieldErrors<F extends string>(err: unknown, fix: Record<F, string>): FormErrors<F> {
  return err instanceof ApiError ? errorsFromApi(err.fieldIssues(), fix) : {}
}

/** The company's reply: after-photos and a note (DOMAIN S3). */
export function ReplyForm({ notice, onDone }: { notice: RectificationView; onDone(): void }) {
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors<R>>({})
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const photos = usePhotoUploads(noticeUpload(notice.compoundId), RECT_PHOTOS_MAX)
  async function send(): Promise<void> {
    const parsed = ReplyNoticeRequest.safeParse({
      note: note.trim(),
      photoKeys: photos.keys,
      expectedVersion: notice.version,
    })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, REPLY_FIX))
    setErrors({})
    if (!(await confirm('提交整改回复？', '提交后由发出通知的一方回头看。'))) return
    setBusy(true)
    setError(undefined)
    try {
      await replyNotice(notice, parsed.data)
      toast('已回复')
      onDone()
    } catch (err) {
      setErrors(fieldErrors(err, REPLY_FIX))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="回复整改情况" className="rect-reply">
      <Field label="整改说明" {...(errors.note ? { error: errors.note } : {})}>
        <TextArea className="rect-reply-note" value={note} maxLength={500} onChange={(v: string) => setNote(v)} />
      </Field>
      <PhotoPicker
        uploads={photos}
        label="整改后照片"
        hint="至少一张，居民也能看到"
        name="rect-after"
        {...(errors.photoKeys ? { error: errors.photoKeys } : {})}
      />
      {error ? <ErrorNote message={error} /> : null}
      <Button
        className="rect-reply-send"
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={photos.uploading}
        onClick={() => void send()}
      >
        提交回复
      </Button>
    </Card>
  )
}

type I = 'note' | 'days'
const REINSPECT_FIX: Record<I, string> = { note: '请写明回头看的情况', days: '请选择新的整改期限' }
const DAYS = [7, 10, 15, 30] as const

/** 回头看 by the issuing side: passed closes the notice; failed reopens it with a reason and a new deadline. */
export function ReinspectForm({ notice, onDone }: { notice: RectificationView; onDone(): void }) {
  const [outcome, setOutcome] = useState<'passed' | 'failed'>()
  const [note, setNote] = useState('')
  const [days, setDays] = useState<string>()
  const [errors, setErrors] = useState<FormErrors<I>>({})
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  async function send(): Promise<void> {
    if (!outcome) return setError('请选择通过或未通过')
    const passed = outcome === 'passed'
    const parsed = ReinspectRequest.safeParse({
      passed,
      note: note.trim(),
      ...(!passed && days ? { days: Number(days) } : {}),
      expectedVersion: notice.version,
    })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, REINSPECT_FIX))
    if (!passed && notice.severity === 'general' && !days) return setErrors({ days: REINSPECT_FIX.days })
    setErrors({})
    const sure = await confirm(
      passed ? '回头看通过？' : '回头看未通过？',
      passed ? '通过后这份整改通知关闭。' : '物业需要在新的期限内重新整改。',
    )
    if (!sure) return
    setBusy(true)
    setError(undefined)
    try {
      await reinspectNotice(notice, parsed.data)
      toast('已记录')
      onDone()
    } catch (err) {
      setErrors(fieldErrors(err, REINSPECT_FIX))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card title="回头看" className="rect-reinspect">
      <View className="rect-actions">
        <ChoiceChips<'passed' | 'failed'>
          options={[
            { value: 'passed' as const, label: '通过' },
            { value: 'failed' as const, label: '未通过' },
          ]}
          value={outcome}
          onChange={setOutcome}
          chipClassName="rect-outcome"
          columns={2}
        />
        <Field
          label={outcome === 'failed' ? '未通过的原因' : '回头看情况'}
          {...(errors.note ? { error: errors.note } : {})}
        >
          <TextArea className="rect-reinspect-note" value={note} maxLength={500} onChange={(v: string) => setNote(v)} />
        </Field>
        {outcome === 'failed' && notice.severity === 'general' ? (
          <Field label="新的整改期限" {...(errors.days ? { error: errors.days } : {})}>
            <ChoiceChips
              options={DAYS.map((d) => ({ value: String(d), label: `${d} 天` }))}
              value={days}
              onChange={setDays}
              chipClassName="rect-redays"
              columns={4}
            />
          </Field>
        ) : null}
        {error ? <ErrorNote message={error} /> : null}
        <Button
          className="rect-reinspect-send"
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void send()}
        >
          提交回头看
        </Button>
      </View>
    </Card>
  )
}
