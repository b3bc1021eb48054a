import { useRef, useState } from 'react'
import type { Evidence, EvidenceKind } from '@jiayuan/contracts'
import { messageOf } from '../../../lib/api-error'
import { pickImage, type ImageSource, type PickedImage } from '../../../lib/media'
import { uploadImage } from '../../../lib/upload'

export interface ReceiptState {
  photo?: PickedImage
  key?: string
  progress?: number
  error?: string
}

/**
 * Evidence photos by kind (invoice, contract, acceptance record...), each uploaded with purpose `receipt` as soon
 * as it is picked, so submitting is one quick request (DOMAIN F3).
 */
export function useReceipts(
  compoundId: string,
  /** Another upload endpoint (the street fund's); the compound's by default. */
  send: (photo: PickedImage, onProgress: (ratio: number) => void) => Promise<string> = (photo, onProgress) =>
    uploadImage(compoundId, 'receipt', photo, onProgress),
) {
  const [slots, setSlots] = useState<Partial<Record<EvidenceKind, ReceiptState>>>({})
  const attempts = useRef<Partial<Record<EvidenceKind, number>>>({})

  const patch = (kind: EvidenceKind, run: number, next: ReceiptState | ((s: ReceiptState) => ReceiptState)) => {
    if (attempts.current[kind] !== run) return
    setSlots((all) => ({ ...all, [kind]: typeof next === 'function' ? next(all[kind] ?? {}) : next }))
  }

  async function upload(kind: EvidenceKind, photo: PickedImage): Promise<void> {
    const run = (attempts.current[kind] ?? 0) + 1
    attempts.current[kind] = run
    patch(kind, run, { photo, progress: 0 })
    try {
      const key = await send(photo, (progress) => patch(kind, run, (s) => ({ ...s, progress })))
      patch(kind, run, { photo, key, progress: 1 })
    } catch (err) {
      patch(kind, run, { photo, error: messageOf(err) })
    }
  }

  async function choose(kind: EvidenceKind, source: ImageSource): Promise<void> {
    const photo = await pickImage(source)
    if (photo) await upload(kind, photo)
  }

  const evidence: Evidence[] = (Object.entries(slots) as Array<[EvidenceKind, ReceiptState]>)
    .filter(([, s]) => s.key)
    .map(([kind, s]) => ({ kind, key: s.key ?? '' }))
  const uploading = Object.values(slots).some((s) => s.photo && !s.key && !s.error)

  return {
    slots,
    evidence,
    uploading,
    choose: (kind: EvidenceKind, source: ImageSource) => void choose(kind, source),
    retry: (kind: EvidenceKind) => {
      const photo = slots[kind]?.photo
      if (photo) void upload(kind, photo)
    },
  }
}

export type Receipts = ReturnType<typeof useReceipts>
