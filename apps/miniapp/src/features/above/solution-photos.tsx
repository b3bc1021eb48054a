import { useState } from 'react'
import { TICKET_PHOTOS_MAX } from '@jiayuan/contracts'
import { Image, Text, View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button } from '../../components/nut'
import { messageOf } from '../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../lib/media'
import { uploadSolutionPhoto, type WhistleRef } from './api'

interface Shot {
  photo: PickedImage
  key?: string
  error?: string
}

/** Photos of the department's solution (DOMAIN T10), each uploaded as it is chosen. */
export function useSolutionPhotos(ref: WhistleRef) {
  const [shots, setShots] = useState<Shot[]>([])
  async function choose(source: ImageSource): Promise<void> {
    const photo = await pickImage(source)
    if (!photo) return
    const index = shots.length
    setShots((s) => [...s, { photo }])
    try {
      const key = await uploadSolutionPhoto(ref, photo)
      setShots((s) => s.map((shot, i) => (i === index ? { ...shot, key } : shot)))
    } catch (err) {
      setShots((s) => s.map((shot, i) => (i === index ? { ...shot, error: messageOf(err) } : shot)))
    }
  }
  const keys = shots.flatMap((s) => (s.key ? [s.key] : []))
  const uploading = shots.some((s) => !s.key && !s.error)
  return { shots, keys, uploading, full: shots.length >= TICKET_PHOTOS_MAX, choose }
}

export function SolutionPhotos({ photos }: { photos: ReturnType<typeof useSolutionPhotos> }) {
  return (
    <Field label="办结照片" hint="办结时一并提交，报修人能看到">
      {photos.shots.length > 0 ? (
        <View className="photo-grid">
          {photos.shots.map((shot, i) => (
            <View key={shot.photo.path} className="photo-tile">
              <Image
                className="whistle-photo"
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
        <View className="photo-buttons">
          <Button className="whistle-photo-camera" size="large" onClick={() => void photos.choose('camera')}>
            拍照
          </Button>
          <Button className="whistle-photo-album" size="large" onClick={() => void photos.choose('album')}>
            从相册选
          </Button>
        </View>
      )}
    </Field>
  )
}
