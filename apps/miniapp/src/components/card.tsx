import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from './cx'
import './card.scss'

interface Props {
  title?: string
  /** Short text on the right of the title, e.g. a count. */
  extra?: ReactNode
  className?: string
  children: ReactNode
}

export function Card({ title, extra, className, children }: Props) {
  return (
    <View className={cx('card', className)}>
      {title ? (
        <View className="card__head">
          <Text className="card__title">{title}</Text>
          {extra ? <View className="card__extra">{extra}</View> : null}
        </View>
      ) : null}
      {children}
    </View>
  )
}
