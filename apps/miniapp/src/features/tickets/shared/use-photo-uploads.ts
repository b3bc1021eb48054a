import { useRef, useState } from 'react'
import { TICKET_PHOTOS_MAX } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../../lib/media'
import { uploadImage } from '../../../lib/upload'

export interface PhotoItem {
  id: number
  photo: PickedImage
  /** 0–1 while uploading. */
  progress?: number
  /** Storage key once uploaded: what the ticket carries. */
  key?: string
  error?: string
}

/**
 * Up to nine photos, each uploaded the moment it is chosen, so submitting is one quick request. A failed
 * upload stays on screen with its own retry; nothing else on the form is touched.
 */
export function usePhotoUploads(compoundId: string | undefined, max = TICKET_PHOTOS_MAX) {
  const [items, setItems] = useState<PhotoItem[]>([])
  const nextId = useRef(0)
  const patch = (id: number, change: Partial<PhotoItem>) =>
    setItems((all) => all.map((it) => (it.id === id ? { ...it, ...change } : it)))

  async function upload(id: number, photo: PickedImage): Promise<void> {
    if (!compoundId) return
    patch(id, { progress: 0, error: undefined })
    try {
      const key = await uploadImage(compoundId, 'ticket_photo', photo, (progress) => patch(id, { progress }))
      patch(id, { key, progress: 1 })
    } catch (err) {
      patch(id, { error: messageOf(err), progress: undefined })
    }
  }

  async function choose(source: ImageSource): Promise<void> {
    if (items.length >= max) return
    const photo = await pickImage(source)
    if (!photo) return
    const id = ++nextId.current
    setItems((all) => [...all, { id, photo, progress: 0 }])
    await upload(id, photo)
  }

  const keys = items.flatMap((it) => (it.key ? [it.key] : []))
  return {
    items,
    keys,
    full: items.length >= max,
    uploading: items.some((it) => !it.key && !it.error),
    failed: items.some((it) => it.error !== undefined),
    choose: (source: ImageSource) => void choose(source),
    retry: (id: number) => {
      const item = items.find((it) => it.id === id)
      if (item) void upload(id, item.photo)
    },
    remove: (id: number) => setItems((all) => all.filter((it) => it.id !== id)),
    clear: () => setItems([]),
  }
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>
