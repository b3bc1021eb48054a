import { useRef, useState } from 'react'
import { messageOf } from '../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../lib/media'
import { uploadImage } from '../../lib/upload'

export interface EvidenceState {
  photo?: PickedImage
  /** Storage key once the upload finished; this is what the request carries. */
  key?: string
  /** 0–1 while uploading. */
  progress?: number
  error?: string
}

/** Picks a photo and uploads it at once, so submitting the form later is a single quick request. */
export function useEvidenceUpload(compoundId: string | undefined) {
  const [state, setState] = useState<EvidenceState>({})
  const attempt = useRef(0)

  async function upload(photo: PickedImage): Promise<void> {
    if (!compoundId) return
    const run = ++attempt.current
    setState({ photo, progress: 0 })
    try {
      const key = await uploadImage(compoundId, 'binding_evidence', photo, (progress) => {
        if (run === attempt.current) setState((s) => ({ ...s, progress }))
      })
      if (run === attempt.current) setState({ photo, key, progress: 1 })
    } catch (err) {
      if (run === attempt.current) setState({ photo, error: messageOf(err) })
    }
  }

  async function choose(source: ImageSource): Promise<void> {
    const photo = await pickImage(source)
    if (photo) await upload(photo)
  }

  return {
    ...state,
    uploading: state.photo !== undefined && state.key === undefined && state.error === undefined,
    choose: (source: ImageSource) => void choose(source),
    retry: () => state.photo && void upload(state.photo),
  }
}
