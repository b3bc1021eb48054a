import { Image, View } from '@tarojs/components'

/** Stored photos of a notice, by their links. */
export function PhotoStrip({
  keys,
  urls,
  label,
}: {
  keys: readonly string[]
  urls: Record<string, string>
  label: string
}) {
  if (keys.length === 0) return null
  return (
    <View className="rect-grid rect-photos">
      {keys.map((k, i) =>
        urls[k] ? (
          <Image
            key={k}
            className="rect-photo"
            src={urls[k] ?? ''}
            mode="aspectFill"
            ariaLabel={`${label}第 ${i + 1} 张`}
            nativeProps={{ alt: `${label}第 ${i + 1} 张` }}
          />
        ) : null,
      )}
    </View>
  )
}
