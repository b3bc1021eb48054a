import type { FileBody, FileType } from '@jiayuan/contracts'
import type { z } from 'zod'

/** The plain `filename` for clients that do not read `filename*`: the name itself when ASCII, else `download.<ext>`. */
function asciiFallback(filename: string): string {
  if (/^[\x20-\x7e]+$/.test(filename)) return filename.replace(/["\\]/g, '_')
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(filename)?.[1]
  return ext ? `download.${ext}` : 'download'
}

/**
 * A file answer (`produces` endpoints): the bytes with their type and a download name. `filename*` carries the
 * UTF-8 name (RFC 5987/6266, e.g. a Chinese report title) for browsers and WeChat; the plain `filename` is its
 * ASCII fallback. On Lambda the adapter sends file answers base64-encoded (lambda/binary-types.ts), so API
 * Gateway passes the bytes through unchanged.
 */
export function fileResponse(file: z.infer<typeof FileBody>, type: FileType, status: number): Response {
  const ascii = asciiFallback(file.filename)
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
