import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { LOCAL_S3_CREDENTIALS } from '../storage/file-store'
import { checkPresigned, s3ErrorXml } from './presigned-check'
// s3rver ships no types; this is the part of its API used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<{ port: number }>
  close(): Promise<void>
}

const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`

export interface LocalS3 {
  endpoint: string
  close(): Promise<void>
}

const SECRETS = { [LOCAL_S3_CREDENTIALS.accessKeyId]: LOCAL_S3_CREDENTIALS.secretAccessKey }

/**
 * A local S3-compatible store (s3rver) behind a check of presigned requests as S3 makes it (issue 15 item 11):
 * s3rver alone stored a browser upload whatever its signature, age or size, so an upload-permission bug could
 * not be caught locally. Every request carrying a query signature (the browser's presigned PUT and GET) is
 * verified here with the same key pair the API signs with (storage/file-store.ts) before it reaches s3rver;
 * the API's own SDK calls (signed in the Authorization header) and CORS preflights pass through.
 */
export async function startLocalS3(options: { port?: number; directory: string; bucket: string }): Promise<LocalS3> {
  fs.mkdirSync(options.directory, { recursive: true })
  const store = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [CORS] }],
  })
  const inner = await store.run()
  const front = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    // A CORS preflight carries the presigned URL too, but is answered by S3's CORS rules, unsigned.
    if (req.method !== 'OPTIONS' && url.searchParams.has('X-Amz-Signature')) {
      const headers: Record<string, string | undefined> = {}
      for (const [name, value] of Object.entries(req.headers))
        headers[name] = Array.isArray(value) ? value.join(',') : value
      const refusal = checkPresigned(
        { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers },
        SECRETS,
        new Date(),
      )
      if (refusal) {
        // Answered once the body is read: refusing mid-upload would break the client's write (EPIPE) instead
        // of giving it S3's error to read.
        req.resume()
        req.on('end', () => {
          res.writeHead(refusal.status, {
            'content-type': 'application/xml',
            'access-control-allow-origin': '*',
            connection: 'close',
          })
          res.end(s3ErrorXml(refusal))
        })
        return
      }
    }
    const onward = http.request(
      { host: '127.0.0.1', port: inner.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    onward.on('error', () => res.destroy())
    req.pipe(onward)
  })
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject)
    front.listen(options.port ?? 0, '127.0.0.1', () => {
      front.off('error', reject)
      resolve()
    })
  })
  const { port } = front.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => front.close(() => resolve()))
      front.closeAllConnections()
      await closed
      await store.close()
    },
  }
}
