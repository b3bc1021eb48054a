import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy of the H5 page (issue 15 item 8). Taro's build inlines one small script (the rem
 * sizer) in index.html; it is allowed by its hash, so no other inline script runs. Styles are inline (React
 * style attributes). Photos and uploads go to the file store's origin by presigned URL. The same policy is set
 * on the H5 hosting in AWS (README, Deploy).
 */
export function h5ContentSecurityPolicy(indexHtml: string, fileOrigins: readonly string[]): string {
  const inline = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  )
  const files = fileOrigins.join(' ')
  return [
    "default-src 'self'",
    `script-src 'self' ${inline.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${files}`.trim(),
    `media-src 'self' blob: ${files}`.trim(),
    `connect-src 'self' ${files}`.trim(),
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
