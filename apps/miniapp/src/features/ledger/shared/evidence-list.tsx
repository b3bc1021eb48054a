import type { EvidenceView } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { Empty } from '../../../components/status'
import { previewImage } from '../../../lib/media-preview'
import { openDocument } from '../../../lib/pick-document'
import { EVIDENCE_KIND_LABEL } from './labels'
import './evidence-list.scss'

const isImage = (key: string) => /\.(png|jpe?g|webp|heic)$/i.test(key) || !/\.[a-z0-9]{2,4}$/i.test(key)

/** Invoices, contracts, acceptance records and bank receipts (F3), opened from their short-lived links. */
export function EvidenceList({ evidence, subject }: { evidence: EvidenceView[]; subject: string }) {
  if (evidence.length === 0) return <Empty text="没有附凭证。" />
  return (
    <View className="evidence-list">
      {evidence.map((e, i) => {
        const label = EVIDENCE_KIND_LABEL[e.kind]
        return (
          <View key={`${e.key}-${i}`} className={`evidence-item evidence-item--${e.kind}`}>
            {isImage(e.key) ? (
              <Image
                className="evidence-item__img evidence-photo"
                src={e.url}
                mode="aspectFit"
                ariaLabel={`${subject}的${label}，点按放大`}
                nativeProps={{ alt: `${subject}的${label}` }}
                onClick={() => previewImage(e.url)}
              />
            ) : (
              <View
                className="evidence-item__file"
                ariaRole="link"
                ariaLabel={`打开${label}文件`}
                onClick={() => void openDocument(e.url)}
              >
                打开文件
              </View>
            )}
            <Text className="evidence-item__label">{label}</Text>
          </View>
        )
      })}
    </View>
  )
}
