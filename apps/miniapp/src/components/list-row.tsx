import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from './cx'
import { pressable } from './pressable'
import './list-row.scss'

interface Props {
  title: ReactNode
  sub?: ReactNode
  extra?: ReactNode
  className?: string
  onClick?: () => void
}

export function ListRow({ title, sub, extra, className, onClick }: Props) {
  return (
    <View
      className={cx('list-row', onClick && 'list-row--tappable', className)}
      onClick={onClick}
      ariaRole={onClick ? 'button' : undefined}
      {...pressable(onClick)}
    >
      <View className="list-row__main">
        <Text className="list-row__title">{title}</Text>
        {sub ? <Text className="list-row__sub">{sub}</Text> : null}
      </View>
      {extra ? <View className="list-row__extra">{extra}</View> : null}
    </View>
  )
}
