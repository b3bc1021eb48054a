import { useState } from 'react'
import { messageOf } from '../../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../../lib/media'
import { uploadImage } from '../../../lib/upload'

interface PhotoState {
  photo: PickedImage
  key?: string
  error?: string
}

/**
 * One photo of the posted item (or of the evidence), uploaded as soon as it is chosen. The API files an
 * objection as a ticket, and a ticket carries at least one photo.
 */
export function useObjectionPhoto(compoundId: string) {
  const [state, setState] = useState<PhotoState | undefined>()

  async function upload(photo: PickedImage): Promise<void> {
    setState({ photo })
    try {
      const key = await uploadImage(compoundId, 'ticket_photo', photo)
      setState({ photo, key })
    } catch (err) {
      setState({ photo, error: messageOf(err) })
    }
  }

  return {
    state,
    key: state?.key,
    uploading: state !== undefined && !state.key && !state.error,
    choose: (source: ImageSource) =>
      void pickImage(source).then((photo) => {
        if (photo) return upload(photo)
        return undefined
      }),
    retry: () => {
      if (state) void upload(state.photo)
    },
    clear: () => setState(undefined),
  }
}
