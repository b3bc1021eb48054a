import type { Motion } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { THRESHOLD_TEXT, matterLabel } from './labels'
import './motion-card.scss'

/** One motion as noticed: its matter type and the threshold the law ties to it, the full text, attachments. */
export function MotionCard({ motion }: { motion: Motion }) {
  return (
    <View className='motion-card'>
      <Text className='motion-card__title'>
        议题{motion.order}：{motion.title}
      </Text>
      <Text className='motion-card__type'>{matterLabel(motion.matterType)}</Text>
      <Text className='motion-card__threshold'>通过条件：{THRESHOLD_TEXT[motion.threshold]}</Text>
      <Text className='motion-card__text'>{motion.text}</Text>
      {motion.attachments.length > 0 ? (
        <View className='motion-card__files'>
          {motion.attachments.map((a) => (
            <Text key={a.key} className='motion-card__file'>
              附件：{a.name}
              {a.url ? '' : '（暂不能查看）'}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
