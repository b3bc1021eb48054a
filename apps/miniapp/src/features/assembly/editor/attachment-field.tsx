import type { MotionDraft } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { useAttachments } from './use-attachments'
import './attachment-field.scss'

type Attachment = MotionDraft['attachments'][number]

interface Props {
  compoundId: string
  /** 1-based motion number, for class names and what a screen reader says. */
  n: number
  list: readonly Attachment[]
  onChange(next: Attachment[]): void
}

/** A motion's attachments in the draft editor: add a photo or a PDF, name it, remove it before the notice. */
export function AttachmentField({ compoundId, n, list, onChange }: Props) {
  const a = useAttachments(compoundId, list, onChange)
  return (
    <Field
      label="附件（照片或 PDF，选填）"
      hint="公告发布后附件随议题一起冻结，不能再增删"
      {...(a.error ? { error: a.error } : {})}
      className={`attachments-${n}`}
    >
      {list.map((x, i) => (
        <View key={x.key} className="attachment-row">
          <Input
            className={`attachment-name-${n}-${i + 1}`}
            value={x.name}
            maxLength={80}
            onChange={(v: string) => a.rename(x.key, v)}
          />
          <Button
            className={`attachment-remove-${n}-${i + 1}`}
            size="small"
            ariaLabel={`移除附件 ${x.name}`}
            onClick={() => a.remove(x.key)}
          >
            移除
          </Button>
        </View>
      ))}
      {list.length === 0 ? <Text className="muted">尚无附件</Text> : null}
      <View className="attachment-buttons">
        <Button
          className={`attachment-camera-${n}`}
          size="large"
          disabled={a.uploading}
          ariaLabel={`议题${n}：拍照添加附件`}
          onClick={() => a.photo('camera')}
        >
          拍照
        </Button>
        <Button
          className={`attachment-album-${n}`}
          size="large"
          disabled={a.uploading}
          ariaLabel={`议题${n}：从相册添加附件`}
          onClick={() => a.photo('album')}
        >
          从相册选
        </Button>
        <Button
          className={`attachment-pdf-${n}`}
          size="large"
          disabled={a.uploading}
          ariaLabel={`议题${n}：添加 PDF 文件`}
          onClick={a.pdf}
        >
          PDF 文件
        </Button>
      </View>
      {a.uploading ? <Text className="muted">正在上传…</Text> : null}
    </Field>
  )
}
