import type { FileBody, FileType } from '@jiayuan/contracts'
import type { z } from 'zod'

/**
 * A file answer (`produces` endpoints): the bytes with their type and a download name. `filename*` carries the
 * UTF-8 name (RFC 6266) for browsers; the plain `filename` is its ASCII fallback. On Lambda, hono's adapter
 * base64-encodes non-text types, so API Gateway passes the bytes through unchanged.
 */
export function fileResponse(file: z.infer<typeof FileBody>, type: FileType, status: number): Response {
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return new Response(file.bytes, {
    status,
    headers: {
      'content-type': type,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'cache-control': 'private, no-store',
    },
  })
}
