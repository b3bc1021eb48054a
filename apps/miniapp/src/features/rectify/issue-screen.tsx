import { useState, type ReactNode } from 'react'
import {
  IssueNoticeRequest,
  RECT_CATEGORY_LABEL,
  RECT_SEVERITY_LABEL,
  RECT_PHOTOS_MAX,
  RectCategory,
  type RectSeverity,
} from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { PhotoPicker } from '../../components/photo-picker'
import { ErrorNote } from '../../components/status'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { useRemote } from '../../hooks/use-remote'
import { ApiError, messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { errorsFromApi, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { newIdempotencyKey } from '../../lib/ids'
import { go } from '../../lib/navigation'
import { issueNotice, loadStreetCompounds, noticeUpload } from './api'
import './rectify.scss'

type F = 'category' | 'text' | 'evidenceKeys' | 'severity' | 'days' | 'ticketId'
const FIX: Record<F, string> = {
  category: '请选择类别',
  text: '请写明要整改的事项',
  evidenceKeys: '请至少附一张现场照片',
  severity: '请选择严重程度',
  days: '请选择整改期限',
  ticketId: '找不到这张工单',
}
const DAYS = [7, 10, 15, 30] as const

interface Props {
  /** The compound, when opened from it; else the street whose compounds to choose from. */
  compound?: { compoundId: string; compoundName: string }
  streetId?: string
  ticketId?: string
  /** The compound's recent tickets to pick the evidence from (S3), given by the page. */
  ticketPicker?: (compoundId: string, picked: string | undefined, onPick: (id: string | undefined) => void) => ReactNode
}

/** 发整改通知 (DOMAIN S3): item, evidence, severity → deadline; the company is the compound's. */
export function IssueScreen({ compound, streetId, ticketId: given, ticketPicker }: Props) {
  const [ticketId, setTicketId] = useState(given)
  const compounds = useRemote(() => (streetId && !compound ? loadStreetCompounds(streetId) : undefined), [streetId])
  const [compoundId, setCompoundId] = useState(compound?.compoundId)
  const [category, setCategory] = useState<RectCategory>()
  const [text, setText] = useState('')
  const [severity, setSeverity] = useState<RectSeverity>()
  const [days, setDays] = useState<string>()
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [key] = useState(newIdempotencyKey)
  const photos = usePhotoUploads(noticeUpload(compoundId), RECT_PHOTOS_MAX)

  async function submit(): Promise<void> {
    if (!compoundId) return setError('请先选择小区')
    const body = {
      category,
      text: text.trim(),
      evidenceKeys: photos.keys,
      severity,
      ...(severity === 'general' && days ? { days: Number(days) } : {}),
      ...(ticketId ? { ticketId } : {}),
      idempotencyKey: key,
    }
    const parsed = IssueNoticeRequest.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    const name = compound?.compoundName ?? compounds.data?.find((c) => c.compoundId === compoundId)?.name ?? ''
    if (!(await confirm('发出整改通知？', `发给${name}的物业企业，发出后不能撤回。`))) return
    setBusy(true)
    setError(undefined)
    try {
      const notice = await issueNotice(compoundId, parsed.data)
      toast('已发出')
      go('rectDetail', { compoundId, id: notice.noticeId })
    } catch (err) {
      if (err instanceof ApiError && err.fieldIssues().length) setErrors(errorsFromApi(err.fieldIssues(), FIX))
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="rect">
      <Card title="发整改通知" className="rect-issue">
        {compound ? <Text className="rect-row__line">小区：{compound.compoundName}</Text> : null}
        {!compound && compounds.data ? (
          <Field label="小区">
            <ChoiceChips
              options={compounds.data.map((c) => ({ value: c.compoundId, label: c.name }))}
              value={compoundId}
              onChange={(v) => {
                setCompoundId(v)
                setTicketId(undefined)
                photos.clear()
              }}
              chipClassName="rect-compound"
              columns={2}
            />
          </Field>
        ) : null}
        {ticketId ? <Text className="rect-row__meta">附：居民报修工单（作为证据）</Text> : null}
        {compoundId && ticketPicker ? ticketPicker(compoundId, ticketId, setTicketId) : null}
        <Field label="类别" {...(errors.category ? { error: errors.category } : {})}>
          <ChoiceChips<RectCategory>
            options={RectCategory.options.map((c) => ({ value: c, label: RECT_CATEGORY_LABEL[c] }))}
            value={category}
            onChange={setCategory}
            chipClassName="rect-category"
          />
        </Field>
        <Field
          label="整改事项"
          hint="物业、业委会和本小区居民都会看到"
          {...(errors.text ? { error: errors.text } : {})}
        >
          <TextArea
            className="rect-text"
            value={text}
            maxLength={500}
            placeholder="写明问题、位置和要求"
            onChange={(v: string) => setText(v)}
          />
        </Field>
        <PhotoPicker
          uploads={photos}
          label="现场照片"
          hint="至少一张，居民也能看到"
          name="rect-evidence"
          {...(errors.evidenceKeys ? { error: errors.evidenceKeys } : {})}
        />
        <Field label="严重程度" {...(errors.severity ? { error: errors.severity } : {})}>
          <ChoiceChips<RectSeverity>
            options={[
              { value: 'life_safety' as const, label: RECT_SEVERITY_LABEL.life_safety, hint: '24 小时内整改' },
              { value: 'general' as const, label: RECT_SEVERITY_LABEL.general, hint: '7–30 天' },
            ]}
            value={severity}
            onChange={setSeverity}
            chipClassName="rect-severity"
            columns={2}
          />
        </Field>
        {severity === 'general' ? (
          <Field label="整改期限" {...(errors.days ? { error: errors.days } : {})}>
            <ChoiceChips
              options={DAYS.map((d) => ({ value: String(d), label: `${d} 天` }))}
              value={days}
              onChange={setDays}
              chipClassName="rect-days"
              columns={4}
            />
          </Field>
        ) : null}
        {error ? <ErrorNote message={error} /> : null}
        <Button
          className="rect-issue-send"
          type="primary"
          size="large"
          block
          loading={busy}
          disabled={photos.uploading}
          onClick={() => void submit()}
        >
          发出
        </Button>
      </Card>
    </View>
  )
}
