import type { Motion } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Button } from '../../../components/nut'
import { previewImage } from '../../../lib/media-preview'
import { openDocument } from '../../../lib/pick-document'
import { AffectedList } from '../lift/affected-list'
import { THRESHOLD_TEXT, matterLabel } from '../shared/labels'
import './motion-card.scss'

/** Upload keys end in the type's extension (upload-routes.ts): photos preview, documents download. */
const isImage = (key: string) => /\.(jpe?g|png|webp|heic)$/i.test(key)

function openAttachment(key: string, url: string): void {
  if (isImage(key)) previewImage(url)
  else void openDocument(url)
}

/** One motion as noticed: its matter type and the threshold the law ties to it, the full text, attachments. */
export function MotionCard({ motion }: { motion: Motion }) {
  return (
    <View className="motion-card">
      <Text className="motion-card__title">
        议题{motion.order}：{motion.title}
      </Text>
      <Text className="motion-card__type">{matterLabel(motion.matterType)}</Text>
      <Text className="motion-card__threshold">通过条件：{THRESHOLD_TEXT[motion.threshold]}</Text>
      {motion.template === 'lift' ? (
        <Text className="motion-card__threshold">
          加装电梯：本范围业主的专有面积和人数都须有三分之二以上参与表决，参与者中面积和人数都须四分之三以上同意。
        </Text>
      ) : null}
      <Text className="motion-card__text">{motion.text}</Text>
      <AffectedList motion={motion} />
      {motion.attachments.length > 0 ? (
        <View className="motion-card__files">
          <Text className="motion-card__files-head">附件 {motion.attachments.length} 个</Text>
          {motion.attachments.map((a) => (
            <View key={a.key} className="motion-card__file">
              <Text className="motion-card__file-name">{a.name}</Text>
              {a.url ? (
                <Button
                  className="motion-card__open"
                  size="small"
                  ariaLabel={`${isImage(a.key) ? '查看图片' : '下载文件'}：${a.name}`}
                  onClick={() => openAttachment(a.key, a.url ?? '')}
                >
                  {isImage(a.key) ? '查看图片' : '下载文件'}
                </Button>
              ) : (
                <Text className="muted">（暂不能查看）</Text>
              )}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
