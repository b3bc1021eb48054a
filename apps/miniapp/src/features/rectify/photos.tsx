import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button } from '../../components/nut'
import { messageOf } from '../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../lib/media'
import { uploadNoticePhoto } from './api'

const MAX = 6

interface Shot {
  photo: PickedImage
  key?: string
  error?: string
}

/** Photos of a notice (evidence, or after-photos), each uploaded as it is chosen. */
export function useNoticePhotos(compoundId: string | undefined) {
  const [shots, setShots] = useState<Shot[]>([])
  async function choose(source: ImageSource): Promise<void> {
    if (!compoundId) return
    const photo = await pickImage(source)
    if (!photo) return
    const index = shots.length
    setShots((s) => [...s, { photo }])
    try {
      const key = await uploadNoticePhoto(compoundId, photo)
      setShots((s) => s.map((shot, i) => (i === index ? { ...shot, key } : shot)))
    } catch (err) {
      setShots((s) => s.map((shot, i) => (i === index ? { ...shot, error: messageOf(err) } : shot)))
    }
  }
  const keys = shots.flatMap((s) => (s.key ? [s.key] : []))
  const uploading = shots.some((s) => !s.key && !s.error)
  return { shots, keys, uploading, full: shots.length >= MAX, choose, clear: () => setShots([]) }
}

interface Props {
  photos: ReturnType<typeof useNoticePhotos>
  label: string
  hint: string
  error?: string
  /** Class prefix of the buttons, for tests (`rect-evidence` → `rect-evidence-album`). */
  name: string
}

export function NoticePhotos({ photos, label, hint, error, name }: Props) {
  return (
    <Field label={label} hint={hint} {...(error ? { error } : {})}>
      {photos.shots.length > 0 ? (
        <View className="rect-grid">
          {photos.shots.map((shot, i) => (
            <View key={shot.photo.path} className="rect-tile">
              <Image
                className="rect-photo"
                src={shot.photo.path}
                mode="aspectFill"
                ariaLabel={`第 ${i + 1} 张照片`}
                nativeProps={{ alt: `第 ${i + 1} 张照片` }}
              />
              {shot.key ? <Text className="photo-done">已上传</Text> : null}
              {shot.error ? <Text className="photo-failed">上传失败：{shot.error}</Text> : null}
              {!shot.key && !shot.error ? <Text>正在上传…</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
      {photos.full ? null : (
        <View className="rect-photo-buttons">
          <Button className={`${name}-camera`} size="large" onClick={() => void photos.choose('camera')}>
            拍照
          </Button>
          <Button className={`${name}-album`} size="large" onClick={() => void photos.choose('album')}>
            从相册选
          </Button>
        </View>
      )}
    </Field>
  )
}

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
