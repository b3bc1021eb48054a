import { useState } from 'react'
import { messageOf } from '../../../lib/api-error'
import { pickImage, type ImageSource } from '../../../lib/media'
import { uploadImage } from '../../../lib/upload'

/** A photo of a signed paper (ballot or authorisation letter), uploaded with purpose `ballot_scan`. */
export function useScan(compoundId: string) {
  const [key, setKey] = useState<string | undefined>()
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function pick(source: ImageSource): Promise<void> {
    const image = await pickImage(source)
    if (!image) return
    setUploading(true)
    setError(undefined)
    try {
      setKey(await uploadImage(compoundId, 'ballot_scan', image))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setUploading(false)
    }
  }

  return { key, uploading, error, pick: (s: ImageSource) => void pick(s), clear: () => setKey(undefined) }
}
