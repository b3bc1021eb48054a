import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { back, onTabPage, pageTitle } from '../lib/navigation'
import { isH5 } from '../lib/platform'
import { pressable } from './pressable'
import './title-bar.scss'

/**
 * The title bar of a sub-page in the browser: the page's title and 返回 (back, or home when opened directly).
 * WeChat draws its own bar with a back arrow, so on weapp, and on tab pages, there is nothing to draw.
 */
export function TitleBar() {
  const [shown] = useState(() => isH5 && !onTabPage())
  const [title] = useState(pageTitle)
  if (!shown) return null
  return (
    <View className="title-bar">
      <View className="title-bar__back" ariaRole="button" ariaLabel="返回" onClick={back} {...pressable(back)}>
        <Text>‹ 返回</Text>
      </View>
      <Text className="title-bar__title">{title}</Text>
    </View>
  )
}
