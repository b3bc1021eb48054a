import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { getSignedUrl } from '@aws-sdk/s3-request-presigner'
import { LOCAL_S3_CREDENTIALS } from '../../src/storage/file-store'
import { startHarness, type Harness } from '../harness'
import { testEnv } from '../test-env'

/**
 * The local S3 stand-in refuses what S3 refuses on a presigned upload (issue 15 item 11): a changed signature,
 * an expired URL, a body of another size and another content type than signed, each with S3's status and error
 * code, and nothing stored. A good upload is stored.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

let n = 0
const keyOf = () => `${h.prefix}c/ticket_photo/u-${n++}/photo.jpg`
const put = (url: string, body: Blob, type = 'image/jpeg') =>
  fetch(url, { method: 'PUT', headers: { 'content-type': type }, body })
const refusal = async (res: Response) => ({
  status: res.status,
  code: /<Code>(\w+)<\/Code>/.exec(await res.text())?.[1],
})
const bytes = (size: number) => new Blob([new Uint8Array(size).fill(7)])

it('stores a good upload', async () => {
  const key = keyOf()
  const { url } = await h.deps.files.presignPut(key, 'image/jpeg', 100, new Date())
  // The browser's CORS preflight of the same URL is answered unsigned, as S3 answers it.
  const preflight = await fetch(url, {
    method: 'OPTIONS',
    headers: { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'PUT' },
  })
  expect(preflight.status).toBe(200)
  expect(preflight.headers.get('access-control-allow-origin')).toBeTruthy()
  expect((await put(url, bytes(100))).status).toBe(200)
  expect(await h.deps.files.exists(key)).toBe(true)
  // Reading it back through a presigned GET passes the same check.
  const read = await fetch(await h.deps.files.presignGet(key))
  expect(read.status).toBe(200)
  expect((await read.arrayBuffer()).byteLength).toBe(100)
})

it('refuses a changed signature, key or expiry with 403 SignatureDoesNotMatch', async () => {
  const key = keyOf()
  const { url } = await h.deps.files.presignPut(key, 'image/jpeg', 100, new Date())
  const tampered = new URL(url)
  const sig = tampered.searchParams.get('X-Amz-Signature') ?? ''
  tampered.searchParams.set('X-Amz-Signature', `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`)
  expect(await refusal(await put(tampered.toString(), bytes(100)))).toEqual({
    status: 403,
    code: 'SignatureDoesNotMatch',
  })
  // Someone else's key with my signature, or a longer life than signed.
  const otherKey = new URL(url.replace('/photo.jpg', '/other.jpg'))
  expect(await refusal(await put(otherKey.toString(), bytes(100)))).toMatchObject({ status: 403 })
  const longer = new URL(url)
  longer.searchParams.set('X-Amz-Expires', '604800')
  expect(await refusal(await put(longer.toString(), bytes(100)))).toEqual({
    status: 403,
    code: 'SignatureDoesNotMatch',
  })
  expect(await h.deps.files.exists(key)).toBe(false)
  expect(await h.deps.files.exists(key.replace('/photo.jpg', '/other.jpg'))).toBe(false)
})

it('refuses an expired URL with 403 AccessDenied', async () => {
  const key = keyOf()
  const client = new S3Client({
    region: h.deps.config.AWS_REGION,
    endpoint: testEnv.s3Endpoint,
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
  })
  const url = await getSignedUrl(
    client,
    new PutObjectCommand({ Bucket: testEnv.bucket, Key: key, ContentType: 'image/jpeg', ContentLength: 100 }),
    { expiresIn: 600, signingDate: new Date(Date.now() - 11 * 60_000), signableHeaders: new Set(['content-type']) },
  )
  const res = await put(url, bytes(100))
  expect(res.status).toBe(403)
  expect(await res.text()).toMatch(/<Code>AccessDenied<\/Code><Message>Request has expired/)
  expect(await h.deps.files.exists(key)).toBe(false)
})

it('refuses a body larger or smaller than signed, and another content type', async () => {
  const key = keyOf()
  const { url } = await h.deps.files.presignPut(key, 'image/jpeg', 100, new Date())
  expect(await refusal(await put(url, bytes(5_000_000)))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' })
  expect(await refusal(await put(url, bytes(99)))).toEqual({ status: 403, code: 'SignatureDoesNotMatch' })
  expect(await refusal(await put(url, bytes(100), 'text/html'))).toEqual({
    status: 403,
    code: 'SignatureDoesNotMatch',
  })
  expect(await h.deps.files.exists(key)).toBe(false)
  // The same URL as signed still works.
  expect((await put(url, bytes(100))).status).toBe(200)
})
