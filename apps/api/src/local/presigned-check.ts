import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** What S3 answers when it refuses a request: the status and the code of its XML error. */
export interface S3Refusal {
  status: 400 | 403 | 411
  code: string
  message: string
}

export interface PresignedRequest {
  method: string
  /** The path as sent, still percent-encoded (`/bucket/key`). */
  path: string
  query: URLSearchParams
  /** Lower-case names. */
  headers: Record<string, string | undefined>
}

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters. */
const uriEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest()
const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex')

const refuse = (status: S3Refusal['status'], code: string, message: string): S3Refusal => ({ status, code, message })

/** `20261202T160720Z` → epoch ms, or NaN. */
function amzDateMs(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!m) return Number.NaN
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map(Number)
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

/**
 * Checks a presigned (SigV4 query) request the way S3 does (issue 15 item 11): the signature over method, path,
 * query and every signed header (so a changed Content-Length or Content-Type is a mismatch), the access key, the
 * expiry (X-Amz-Date + X-Amz-Expires, at most 7 days) and a Content-Length on a PUT. Undefined when it passes.
 */
export function checkPresigned(
  req: PresignedRequest,
  secrets: Record<string, string>,
  now: Date,
): S3Refusal | undefined {
  const q = req.query
  const algorithm = q.get('X-Amz-Algorithm')
  const credential = q.get('X-Amz-Credential')
  const amzDate = q.get('X-Amz-Date') ?? ''
  const expiresText = q.get('X-Amz-Expires') ?? ''
  const signedHeaders = q.get('X-Amz-SignedHeaders')
  const signature = q.get('X-Amz-Signature') ?? ''
  if (algorithm !== 'AWS4-HMAC-SHA256' || !credential || !signedHeaders || !signature || !expiresText)
    return refuse(
      400,
      'AuthorizationQueryParametersError',
      'Query-string authentication version 4 requires all parameters',
    )
  const [accessKey = '', day = '', region = '', service = '', terminator = ''] = credential.split('/')
  const secret = secrets[accessKey]
  if (secret === undefined)
    return refuse(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.')
  const signedAt = amzDateMs(amzDate)
  const expires = Number(expiresText)
  if (Number.isNaN(signedAt) || !amzDate.startsWith(day) || service !== 's3' || terminator !== 'aws4_request')
    return refuse(400, 'AuthorizationQueryParametersError', 'Error parsing the X-Amz-Credential parameter')
  if (!Number.isInteger(expires) || expires < 0 || expires > 604_800)
    return refuse(400, 'AuthorizationQueryParametersError', 'X-Amz-Expires must be less than a week (in seconds)')
  if (now.getTime() > signedAt + expires * 1000) return refuse(403, 'AccessDenied', 'Request has expired')
  if (req.method === 'PUT' && req.headers['content-length'] === undefined)
    return refuse(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')

  const names = signedHeaders.split(';')
  if (!names.includes('host')) return refuse(400, 'AuthorizationQueryParametersError', 'host must be a signed header')
  const canonicalHeaders = names
    .map((name) => `${name}:${(req.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('')
  const canonicalQuery = [...q.entries()]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
  // S3 does not normalise the path (`a//b` and `..` are part of a key); each segment is encoded once.
  let canonicalUri: string
  try {
    canonicalUri = req.path
      .split('/')
      .map((segment) => uriEncode(decodeURIComponent(segment)))
      .join('/')
  } catch {
    return refuse(400, 'InvalidURI', "Couldn't parse the specified URI.")
  }
  const payload = q.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD'
  const canonical = [req.method, canonicalUri, canonicalQuery, canonicalHeaders, signedHeaders, payload].join('\n')
  const scope = `${day}/${region}/${service}/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request')
  const expected = Buffer.from(createHmac('sha256', key).update(toSign, 'utf8').digest('hex'))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    )
  return undefined
}

/** S3's XML error body. */
export const s3ErrorXml = (r: S3Refusal) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${r.code}</Code><Message>${r.message}</Message></Error>`
