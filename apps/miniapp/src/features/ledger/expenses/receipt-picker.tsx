import type { EvidenceKind } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, Progress } from '../../../components/nut'
import { PickButtons } from '../../../components/pick-buttons'
import { EVIDENCE_KIND_LABEL } from '../shared/labels'
import type { Receipts } from './use-receipts'
import './receipt-picker.scss'

interface Props {
  kind: EvidenceKind
  receipts: Receipts
  required?: boolean
  hint?: string
  error?: string
}

/** One kind of evidence: take a photo or pick one; it uploads at once and says so in words. */
export function ReceiptPicker({ kind, receipts, required, hint, error }: Props) {
  const slot = receipts.slots[kind] ?? {}
  const label = `${EVIDENCE_KIND_LABEL[kind]}${required ? '（必填）' : '（选填）'}`
  const percent = Math.round((slot.progress ?? 0) * 100)
  return (
    <Field label={label} hint={hint} error={slot.key ? undefined : error} className={`receipt receipt-${kind}`}>
      <PickButtons name="receipt" onPick={(source) => receipts.choose(kind, source)} />
      {slot.photo ? (
        <View className="receipt-preview">
          <Image
            className="receipt-preview__img"
            src={slot.photo.path}
            mode="aspectFit"
            ariaLabel={`已选的${EVIDENCE_KIND_LABEL[kind]}照片`}
            nativeProps={{ alt: `已选的${EVIDENCE_KIND_LABEL[kind]}照片` }}
          />
          <View className="receipt-preview__state">
            {!slot.key && !slot.error ? (
              <>
                <Text>正在上传 {percent}%</Text>
                <Progress percent={percent} />
              </>
            ) : null}
            {slot.key ? <Text className="receipt-done">{EVIDENCE_KIND_LABEL[kind]}已上传</Text> : null}
            {slot.error ? (
              <View className="receipt-failed" ariaRole="alert">
                <Text>上传失败：{slot.error}</Text>
                <Button size="large" onClick={() => receipts.retry(kind)}>
                  重新上传
                </Button>
              </View>
            ) : null}
          </View>
        </View>
      ) : null}
    </Field>
  )
}
