import type { PhotoRef } from '@jiayuan/contracts'
import { InvalidInput } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { isOwnUpload } from '../storage/uploads'

/**
 * Photo keys must name files the caller uploaded for a ticket in this compound (the key carries compound,
 * purpose and uploader) and that exist in storage; each at most once.
 */
export async function checkPhotoKeys(
  deps: Deps,
  compoundId: string,
  userId: string,
  photoKeys: readonly string[],
  field: string,
): Promise<void> {
  const owner = { compoundId, purpose: 'ticket_photo', userId }
  const refuse = (i: number, message: string) => {
    throw new InvalidInput(`${field}.${i}: ${message}`, [{ field: `${field}.${i}`, message }])
  }
  photoKeys.forEach((key, i) => {
    if (!isOwnUpload(key, owner)) refuse(i, '请用本人为工单上传的照片')
    if (photoKeys.indexOf(key) !== i) refuse(i, '同一张照片只能用一次')
  })
  const present = await Promise.all(photoKeys.map((key) => deps.files.exists(key)))
  const missing = present.indexOf(false)
  if (missing >= 0) refuse(missing, '照片还没有上传成功，请重新上传')
}

/** Presigned GET URLs for the photos given, by key. */
export async function photoUrls(deps: Deps, photos: readonly PhotoRef[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    photos.map(async (photo) => [photo.key, await deps.files.presignGet(photo.key)] as const),
  )
  return Object.fromEntries(entries)
}
