import { Text, View } from '@tarojs/components'
import './status.scss'

/** Loading, error and empty states in words (DOMAIN A3: never colour alone). */
export function Loading({ text = '正在加载…' }: { text?: string }) {
  return <View className="status status--loading">{text}</View>
}

export function ErrorNote({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="status status--error" ariaRole="alert">
      <Text>出错了：{message}</Text>
      {onRetry ? (
        <View className="status__retry" onClick={onRetry} ariaRole="button">
          重试
        </View>
      ) : null}
    </View>
  )
}

export function Empty({ text }: { text: string }) {
  return <View className="status status--empty">{text}</View>
}
