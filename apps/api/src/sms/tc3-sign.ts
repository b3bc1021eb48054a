import { createHash, createHmac } from 'node:crypto'

/** What one Tencent Cloud API 3.0 request is signed over (POST, JSON body, headers content-type and host). */
export interface Tc3Request {
  secretId: string
  secretKey: string
  /** The product's service name, e.g. `sms`; the host is `<service>.tencentcloudapi.com`. */
  service: string
  host: string
  /** Seconds since the epoch; the credential's date is its UTC day. */
  timestamp: number
  payload: string
  contentType: string
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()

/**
 * The `Authorization` header of Tencent Cloud's signature v3 (TC3-HMAC-SHA256): a canonical request over the
 * method, path, empty query, the signed headers and the body's hash; a string to sign naming the algorithm, the
 * time and the credential scope; and a key derived from the secret by HMAC over the date, the service and
 * `tc3_request`.
 */
export function tc3Authorization(req: Tc3Request): string {
  const date = new Date(req.timestamp * 1000).toISOString().slice(0, 10)
  const signedHeaders = 'content-type;host'
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${req.contentType}\nhost:${req.host}\n`,
    signedHeaders,
    sha256Hex(req.payload),
  ].join('\n')
  const scope = `${date}/${req.service}/tc3_request`
  const stringToSign = ['TC3-HMAC-SHA256', String(req.timestamp), scope, sha256Hex(canonicalRequest)].join('\n')
  const secretDate = hmac(`TC3${req.secretKey}`, date)
  const secretSigning = hmac(hmac(secretDate, req.service), 'tc3_request')
  const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex')
  return `TC3-HMAC-SHA256 Credential=${req.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
}
