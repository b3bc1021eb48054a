import type { PhotoRef } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { previewImage } from '../../../lib/media-preview'
import './photo-strip.scss'

interface Props {
  title: string
  photos: readonly PhotoRef[]
  urls: Record<string, string>
  className?: string
}

/**
 * Photos the API gave URLs for; one still being checked says so instead. Public views already list only the
 * moderated copies, under their public keys (DOMAIN T6).
 */
export function PhotoStrip({ title, photos, urls, className }: Props) {
  if (photos.length === 0) return null
  return (
    <View className={`photo-strip ${className ?? ''}`}>
      <Text className="photo-strip__title">{title}</Text>
      <View className="photo-strip__row">
        {photos.map((p, i) => {
          const url = urls[p.key]
          return url ? (
            <Image
              key={p.key}
              className="photo-strip__img"
              src={url}
              mode="aspectFill"
              ariaLabel={`${title}第 ${i + 1} 张，点按放大`}
              nativeProps={{ alt: `${title}第 ${i + 1} 张` }}
              onClick={() => previewImage(url)}
            />
          ) : (
            <View key={p.key} className="photo-strip__pending">
              {p.moderation === 'rejected' ? '未通过审核' : '审核中'}
            </View>
          )
        })}
      </View>
    </View>
  )
}
