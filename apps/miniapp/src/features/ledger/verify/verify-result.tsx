import { Text, View } from '@tarojs/components'
import { cx } from '../../../components/cx'
import './verify-result.scss'

interface Props {
  tone: 'ok' | 'bad' | 'wait'
  title: string
  detail: string
}

/** A verification result in words first (验证通过 / 验证失败 and why); the colour only helps (DOMAIN A3). */
export function VerifyResult({ tone, title, detail }: Props) {
  return (
    <View className={cx('verify-result', `verify-result--${tone}`)} ariaRole="status" ariaLabel={`${title}：${detail}`}>
      <Text className="verify-result__title">{title}</Text>
      <Text className="verify-result__detail">{detail}</Text>
    </View>
  )
}
