import { Text } from '@tarojs/components'
import { cx } from './cx'
import './status-tag.scss'

export type Tone = 'wait' | 'ok' | 'bad' | 'plain'

/** A status in words with a tint; the word carries the meaning, the colour only helps (DOMAIN A3). */
export function StatusTag({ text, tone, className }: { text: string; tone: Tone; className?: string }) {
  return <Text className={cx('status-tag', `status-tag--${tone}`, className)}>{text}</Text>
}
