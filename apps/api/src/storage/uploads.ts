import { InvalidInput } from '@jiayuan/domain'
import type { FileStore } from './file-store'

/** Who uploaded a file and what for: upload keys name all three (`<compound>/<purpose>/<uploader>/<file>`). */
export interface UploadOwner {
  compoundId: string
  purpose: string
  userId: string
}

/** Keys name the compound, the purpose and the uploader, so a later request can check whose file it is. */
export function uploadPrefix(compoundId: string, purpose: string, userId: string): string {
  return `${compoundId}/${purpose}/${userId}/`
}

export const isOwnUpload = (key: string, { compoundId, purpose, userId }: UploadOwner): boolean =>
  key.startsWith(uploadPrefix(compoundId, purpose, userId))

/** The uploader named by an upload key. */
export function uploaderOf(key: string): string | undefined {
  return key.split('/')[2]
}

/**
 * A file the caller uploaded for this compound and purpose that really exists; otherwise 400 naming the
 * field, so a key typed in by hand or someone else's file is refused.
 */
export async function assertOwnUpload(
  files: FileStore,
  owner: UploadOwner,
  key: string,
  field: string,
  message: string,
): Promise<void> {
  if (isOwnUpload(key, owner) && (await files.exists(key))) return
  throw new InvalidInput(`${field}: ${message}`, [{ field, message }])
}
