import { newId } from '@jiayuan/db'
import type { Deps } from '../../deps'

/**
 * Copies a photo that passed moderation to a key that names nobody (`<compound>/ticket_public/<random>`), for
 * the public board: upload keys carry the uploader's id (DOMAIN T6). Uses only presigned URLs, like clients do,
 * so it needs nothing of the bucket beyond what the API already has.
 */
export async function publishPhoto(deps: Deps, compoundId: string, key: string): Promise<string> {
  const got = await fetch(await deps.files.presignGet(key), { signal: AbortSignal.timeout(8000) })
  if (!got.ok) throw new Error(`reading ${key} for publishing: HTTP ${got.status}`)
  const body = Buffer.from(await got.arrayBuffer())
  const contentType = got.headers.get('content-type') ?? 'image/jpeg'
  const extension = key.slice(key.lastIndexOf('.') + 1) || 'jpg'
  const publicKey = `${compoundId}/ticket_public/${newId()}.${extension}`
  const put = await deps.files.presignPut(publicKey, contentType, body.length, deps.clock())
  const stored = await fetch(put.url, { method: 'PUT', headers: put.headers, body, signal: AbortSignal.timeout(8000) })
  if (!stored.ok) throw new Error(`publishing ${key}: HTTP ${stored.status}`)
  return publicKey
}
