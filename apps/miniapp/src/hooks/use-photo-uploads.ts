import { useRef, useState } from 'react'
import { messageOf } from '../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../lib/media'

export interface PhotoItem {
  id: number
  photo: PickedImage
  /** 0–1 while uploading. */
  progress?: number
  /** Storage key once uploaded: what the form submits. */
  key?: string
  error?: string
}

/** Sends one photo to storage and returns its key; `onProgress` goes 0 → 1 where the platform reports it. */
export type PhotoUpload = (photo: PickedImage, onProgress: (ratio: number) => void) => Promise<string>

/**
 * Up to `max` photos, each uploaded the moment it is chosen through `upload` (a ticket's, a notice's or a
 * department's endpoint), so submitting is one quick request. A failed upload stays on screen with its own
 * retry; nothing else on the form is touched. Without `upload` (the compound not known yet) nothing is sent.
 */
export function usePhotoUploads(upload: PhotoUpload | undefined, max: number) {
  const [items, setItems] = useState<PhotoItem[]>([])
  const nextId = useRef(0)
  const patch = (id: number, change: Partial<PhotoItem>) =>
    setItems((all) => all.map((it) => (it.id === id ? { ...it, ...change } : it)))

  async function send(id: number, photo: PickedImage): Promise<void> {
    if (!upload) return
    patch(id, { progress: 0, error: undefined })
    try {
      const key = await upload(photo, (progress) => patch(id, { progress }))
      patch(id, { key, progress: 1 })
    } catch (err) {
      patch(id, { error: messageOf(err), progress: undefined })
    }
  }

  async function choose(source: ImageSource): Promise<void> {
    if (!upload || items.length >= max) return
    const photo = await pickImage(source)
    if (!photo) return
    const id = ++nextId.current
    setItems((all) => [...all, { id, photo, progress: 0 }])
    await send(id, photo)
  }

  const keys = items.flatMap((it) => (it.key ? [it.key] : []))
  return {
    items,
    keys,
    max,
    full: items.length >= max,
    uploading: items.some((it) => !it.key && !it.error),
    failed: items.some((it) => it.error !== undefined),
    choose: (source: ImageSource) => void choose(source),
    retry: (id: number) => {
      const item = items.find((it) => it.id === id)
      if (item) void send(id, item.photo)
    },
    remove: (id: number) => setItems((all) => all.filter((it) => it.id !== id)),
    clear: () => setItems([]),
  }
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>
