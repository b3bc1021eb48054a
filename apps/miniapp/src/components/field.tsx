import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx } from './cx'
import './field.scss'

interface Props {
  label: string
  /** The field's own error, in words, right under it. */
  error?: string
  hint?: string
  className?: string
  children: ReactNode
}

export function Field({ label, error, hint, className, children }: Props) {
  return (
    <View className={cx('field', error && 'field--invalid', className)}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      <View className="field__control">{children}</View>
      {error ? (
        <View className="field__error" ariaRole="alert">
          {label}：{error}
        </View>
      ) : null}
    </View>
  )
}
