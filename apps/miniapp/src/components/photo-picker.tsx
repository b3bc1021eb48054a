import { Image, Text, View } from '@tarojs/components'
import type { PhotoItem, PhotoUploads } from '../hooks/use-photo-uploads'
import { Field } from './field'
import { Progress } from './nut'
import { PickButtons } from './pick-buttons'
import './photo-picker.scss'

interface Props {
  uploads: PhotoUploads
  label: string
  hint?: string
  error?: string
  /** Class prefix for the buttons, e.g. `report-photo` gives `.report-photo-camera`. */
  name: string
  /** Said once the most photos are chosen; `已选满 N 张` by default. */
  fullText?: string
}

function PhotoTile({ item, index, uploads }: { item: PhotoItem; index: number; uploads: PhotoUploads }) {
  const percent = Math.round((item.progress ?? 0) * 100)
  return (
    <View className="photo-tile">
      <Image
        className="photo-tile__img"
        src={item.photo.path}
        mode="aspectFill"
        ariaLabel={`第 ${index + 1} 张照片`}
        nativeProps={{ alt: `第 ${index + 1} 张照片` }}
      />
      {item.key ? <Text className="photo-tile__state photo-done">已上传</Text> : null}
      {!item.key && !item.error ? (
        <View className="photo-tile__state">
          <Text className="photo-progress__text">上传 {percent}%</Text>
          <Progress percent={percent} />
        </View>
      ) : null}
      {item.error ? (
        <View className="photo-tile__state photo-failed" ariaRole="alert">
          <Text>上传失败</Text>
          <View
            className="photo-tile__retry photo-retry"
            ariaRole="button"
            ariaLabel={`重新上传第 ${index + 1} 张照片`}
            onClick={() => uploads.retry(item.id)}
          >
            重试
          </View>
        </View>
      ) : null}
      <View
        className="photo-tile__remove"
        ariaRole="button"
        ariaLabel={`删除第 ${index + 1} 张照片`}
        onClick={() => uploads.remove(item.id)}
      >
        删除
      </View>
    </View>
  )
}

/**
 * Photos from the camera or the album, uploaded one by one as they are chosen, each with its progress, retry
 * and removal: a ticket's, a message's, a rectification notice's and a department's solution photos.
 */
export function PhotoPicker({ uploads, label, hint, error, name, fullText }: Props) {
  return (
    <Field label={label} hint={hint} error={uploads.keys.length ? undefined : error} className={`field-${name}`}>
      {uploads.items.length ? (
        <View className="photo-grid">
          {uploads.items.map((item, i) => (
            <PhotoTile key={item.id} item={item} index={i} uploads={uploads} />
          ))}
        </View>
      ) : null}
      {uploads.full ? (
        <Text className="muted">{fullText ?? `已选满 ${uploads.max} 张`}</Text>
      ) : (
        <PickButtons name={name} onPick={uploads.choose} />
      )}
    </Field>
  )
}
