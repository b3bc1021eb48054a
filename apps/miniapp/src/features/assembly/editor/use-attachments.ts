import { useState } from 'react'
import type { MotionDraft } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { pickImage, type ImageSource } from '../../../lib/media'
import { pickPdf } from '../../../lib/pick-document'
import { uploadImage } from '../../../lib/upload'

type Attachment = MotionDraft['attachments'][number]

const MAX_ATTACHMENTS = 10

/**
 * Uploads a motion's attachments (purpose `attachment`, presigned PUT like ticket photos) and hands the new
 * list back; the draft keeps them until the notice freezes them with the text (DOMAIN V9).
 */
export function useAttachments(
  compoundId: string,
  list: readonly Attachment[],
  onChange: (next: Attachment[]) => void,
) {
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function add(pick: () => Promise<{ name: string; upload: () => Promise<string> } | null>): Promise<void> {
    if (list.length >= MAX_ATTACHMENTS) return setError(`每项议题最多 ${MAX_ATTACHMENTS} 个附件`)
    setError(undefined)
    try {
      const chosen = await pick()
      if (!chosen) return
      setUploading(true)
      const key = await chosen.upload()
      onChange([...list, { key, name: chosen.name.slice(0, 80) }])
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setUploading(false)
    }
  }

  const photo = (source: ImageSource) =>
    void add(async () => {
      const image = await pickImage(source)
      const ext = image?.contentType.split('/')[1] ?? 'jpg'
      return image
        ? {
            name: `照片${list.length + 1}.${ext === 'jpeg' ? 'jpg' : ext}`,
            upload: () => uploadImage(compoundId, 'attachment', image),
          }
        : null
    })
  const pdf = () =>
    void add(async () => {
      const doc = await pickPdf()
      return doc ? { name: doc.name, upload: () => uploadImage(compoundId, 'attachment', doc) } : null
    })
  const remove = (key: string) => onChange(list.filter((a) => a.key !== key))
  const rename = (key: string, name: string) => onChange(list.map((a) => (a.key === key ? { ...a, name } : a)))

  return { uploading, error, photo, pdf, remove, rename }
}
