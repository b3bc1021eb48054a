import { UploadPurpose } from '@jiayuan/contracts'
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

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/
const FILE = /^[A-Za-z0-9_-]{1,64}(?:\.(?:jpg|png|webp|heic|pdf|bin))?$/

/**
 * An upload key read as its four parts, or undefined when it is not exactly the canonical form: no `.` or `..`
 * segment, no empty one, no other characters, a known purpose (issue 15 item 2: a prefix test let
 * `c/ticket_photo/u-me/../u-other/x.jpg` pass as the caller's own).
 */
export function parseUploadKey(key: string): (UploadOwner & { file: string }) | undefined {
  const parts = key.split('/')
  if (parts.length !== 4) return undefined
  const [compoundId = '', purpose = '', userId = '', file = ''] = parts
  if (![compoundId, userId].every((p) => SEGMENT.test(p)) || !FILE.test(file)) return undefined
  if (!UploadPurpose.safeParse(purpose).success) return undefined
  return { compoundId, purpose, userId, file }
}

/** The one ownership check, on the parsed key: this compound, this purpose, this uploader, exactly. */
export function isOwnUpload(key: string, { compoundId, purpose, userId }: UploadOwner): boolean {
  const parsed = parseUploadKey(key)
  return parsed?.compoundId === compoundId && parsed.purpose === purpose && parsed.userId === userId
}

/** The uploader named by an upload key. */
export function uploaderOf(key: string): string | undefined {
  return parseUploadKey(key)?.userId
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

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
}

/** The file extension an upload's key ends with, from the content type its contract allowed. */
export const extensionOf = (contentType: string): string => EXTENSIONS[contentType] ?? 'bin'
