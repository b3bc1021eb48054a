import { useState } from 'react'
import type { DisclosureItem, DisclosureObjection } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { messageOf } from '../../../lib/api-error'
import { newIdempotencyKey } from '../../../lib/ids'
import { objectToItem } from '../api'
import { objectionText, OBJECTION_REASON_MAX } from '../format'
import { useObjectionPhoto } from './use-objection-photo'
import './objection-form.scss'

interface Props {
  compoundId: string
  section: DisclosureItem
  /** The one line of the section the owner disagrees with. */
  item: string
  onFiled(objection: DisclosureObjection): void
  onCancel(): void
}

/** DOMAIN D2: an owner objects to one disclosed item; the API files it as a ticket with a reply-by date. */
export function ObjectionForm({ compoundId, section, item, onFiled, onCancel }: Props) {
  const [key] = useState(newIdempotencyKey)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ reason?: string; photo?: string; form?: string }>({})
  const [busy, setBusy] = useState(false)
  const photo = useObjectionPhoto(compoundId)

  async function submit(): Promise<void> {
    const next = {
      ...(reason.trim() ? {} : { reason: '请写明您对这一项有什么异议' }),
      ...(photo.key ? {} : { photo: photo.uploading ? '照片还在上传，请稍等' : '请拍一张公示内容或相关凭证的照片' }),
    }
    setErrors(next)
    if (next.reason || next.photo || !photo.key) return
    setBusy(true)
    try {
      const { objection } = await objectToItem(compoundId, section.section, {
        text: objectionText(item, reason),
        photoKeys: [photo.key],
        idempotencyKey: key,
      })
      onFiled(objection)
    } catch (err) {
      setErrors({ form: messageOf(err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="objection-form">
      <Text className="objection-form__item">对这一项提出异议：{item}</Text>
      <Field label="异议理由" error={errors.reason}>
        <TextArea
          className="objection-reason"
          value={reason}
          maxLength={OBJECTION_REASON_MAX}
          placeholder="例如：收费标准与合同不一致"
          onChange={(v: string) => setReason(v)}
        />
      </Field>
      <Field label="照片" hint="拍下公示栏上的这一项，或相关的凭证" error={errors.photo}>
        {photo.state ? (
          <View className="objection-photo">
            <Image
              className="objection-photo__img"
              src={photo.state.photo.path}
              mode="aspectFill"
              ariaLabel="已选的照片"
              nativeProps={{ alt: '已选的照片' }}
            />
            {photo.key ? <Text className="objection-photo__state objection-photo-done">已上传</Text> : null}
            {photo.uploading ? <Text className="objection-photo__state">正在上传…</Text> : null}
            {photo.state.error ? (
              <View className="objection-photo__state" ariaRole="alert">
                <Text>上传失败：{photo.state.error}</Text>
                <View
                  className="objection-photo__action objection-photo-retry"
                  ariaRole="button"
                  ariaLabel="重新上传照片"
                  onClick={photo.retry}
                >
                  重试
                </View>
              </View>
            ) : null}
            <View className="objection-photo__action" ariaRole="button" ariaLabel="删除这张照片" onClick={photo.clear}>
              删除
            </View>
          </View>
        ) : (
          <View className="objection-photo__buttons">
            <Button className="objection-photo-camera" size="large" onClick={() => photo.choose('camera')}>
              拍照
            </Button>
            <Button className="objection-photo-album" size="large" onClick={() => photo.choose('album')}>
              从相册选
            </Button>
          </View>
        )}
      </Field>
      {errors.form ? <ErrorNote message={errors.form} /> : null}
      <View className="objection-form__buttons">
        <Button className="objection-submit" type="primary" size="large" loading={busy} onClick={() => void submit()}>
          提交异议
        </Button>
        <Button className="objection-cancel" size="large" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
