import type { S3Client } from '@aws-sdk/client-s3'
import type { Config } from '../config'

export interface PresignedPut {
  url: string
  headers: Record<string, string>
  expiresAt: string
}

/** Object storage as route code sees it: presigned URLs, so file bytes never pass through the API. */
export interface FileStore {
  presignPut(key: string, contentType: string, size: number, now: Date): Promise<PresignedPut>
  presignGet(key: string): Promise<string>
  exists(key: string): Promise<boolean>
}

/** The local S3 stand-in's one key pair; its signature check (local/s3-local.ts) verifies with the same. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

const PUT_TTL_SECONDS = 10 * 60
const GET_TTL_SECONDS = 15 * 60
/**
 * A presigned GET is handed out again for this long after it was signed, so each one stays valid for at least ten
 * minutes after any answer that carries it. Signing costs the SDK about 0.25 ms of CPU (measured warm, 2,000 in a
 * row): a page of twenty receipts or photos paid 5 ms for it before, more than the rest of the page.
 */
export const GET_REUSE_MS = 5 * 60_000
/** How many signed GETs a warm instance keeps; past it the oldest go first. */
const GET_REUSE_MAX = 2_000

interface S3Sdk {
  s3: typeof import('@aws-sdk/client-s3')
  getSignedUrl: typeof import('@aws-sdk/s3-request-presigner').getSignedUrl
  client: S3Client
}

/**
 * The S3 SDK is imported on the first file operation, not at module load: most requests never touch a file, and
 * loading it at cold start doubled the init time of every API function (issue #7).
 */
export function s3FileStore(config: Config): FileStore {
  const local = config.S3_ENDPOINT
    ? {
        endpoint: config.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: LOCAL_S3_CREDENTIALS,
      }
    : {}
  let loaded: Promise<S3Sdk> | undefined
  const sdk = () =>
    (loaded ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(
      ([s3, presigner]) => ({
        s3,
        getSignedUrl: presigner.getSignedUrl,
        // Without WHEN_REQUIRED the SDK signs a checksum of an empty body and real S3 rejects the upload.
        client: new s3.S3Client({ region: config.AWS_REGION, requestChecksumCalculation: 'WHEN_REQUIRED', ...local }),
      }),
    ))
  const publicUrl = (url: string) =>
    config.S3_ENDPOINT && config.S3_PUBLIC_ENDPOINT ? url.replace(config.S3_ENDPOINT, config.S3_PUBLIC_ENDPOINT) : url
  // Signed GETs by key, oldest first (a Map keeps insertion order). A URL names one object and no viewer: whoever
  // may see the object may be handed the same URL as anyone else who may.
  const signedGets = new Map<string, { url: string; signedAt: number }>()
  return {
    async presignPut(key, contentType, size, now) {
      const { s3, getSignedUrl, client } = await sdk()
      const cmd = new s3.PutObjectCommand({
        Bucket: config.BUCKET_NAME,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
      })
      const url = await getSignedUrl(client, cmd, {
        expiresIn: PUT_TTL_SECONDS,
        signableHeaders: new Set(['content-type']),
      })
      return {
        url: publicUrl(url),
        headers: { 'content-type': contentType },
        expiresAt: new Date(now.getTime() + PUT_TTL_SECONDS * 1000).toISOString(),
      }
    },
    async presignGet(key) {
      const hit = signedGets.get(key)
      if (hit && Date.now() - hit.signedAt < GET_REUSE_MS) return hit.url
      const { s3, getSignedUrl, client } = await sdk()
      const signedAt = Date.now()
      const url = publicUrl(
        await getSignedUrl(client, new s3.GetObjectCommand({ Bucket: config.BUCKET_NAME, Key: key }), {
          expiresIn: GET_TTL_SECONDS,
          signingDate: new Date(signedAt),
        }),
      )
      signedGets.delete(key)
      signedGets.set(key, { url, signedAt })
      for (const oldest of signedGets.keys()) {
        if (signedGets.size <= GET_REUSE_MAX) break
        signedGets.delete(oldest)
      }
      return url
    },
    async exists(key) {
      const { s3, client } = await sdk()
      try {
        await client.send(new s3.HeadObjectCommand({ Bucket: config.BUCKET_NAME, Key: key }))
        return true
      } catch (err) {
        const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
        if (status === 404 || (err as Error).name === 'NotFound') return false
        throw err
      }
    },
  }
}
