import { createCipheriv, createDecipheriv, createSign, createVerify, randomBytes, type KeyLike } from 'node:crypto'

/**
 * The signatures and the encryption of WeChat Pay API v3, with Node's own crypto. A request or an answer is
 * signed with SHA256withRSA over its lines, each ending in `\n`: a request over method, path with query,
 * timestamp, nonce and body; an answer or a notification over timestamp, nonce and body. A notification's
 * `resource` is AEAD_AES_256_GCM under the APIv3 key, the 16-byte tag at the end of the ciphertext.
 */
export const signedLines = (...lines: string[]) => lines.map((l) => `${l}\n`).join('')

export function rsaSign(message: string, privateKey: KeyLike): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64')
}

export function rsaVerify(message: string, signature: string, publicKey: KeyLike): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKey, signature, 'base64')
  } catch {
    return false
  }
}

export interface EncryptedResource {
  algorithm: string
  ciphertext: string
  nonce: string
  associated_data?: string
  original_type?: string
}

export function decryptResource(apiV3Key: string, resource: EncryptedResource): string {
  if (resource.algorithm !== 'AEAD_AES_256_GCM') throw new Error(`unknown algorithm ${resource.algorithm}`)
  const data = Buffer.from(resource.ciphertext, 'base64')
  if (data.length < 17) throw new Error('ciphertext too short')
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(resource.nonce, 'utf8'))
  decipher.setAAD(Buffer.from(resource.associated_data ?? '', 'utf8'))
  decipher.setAuthTag(data.subarray(data.length - 16))
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8')
}

/** The other direction, which only WeChat Pay does: the local fake pay server and the tests use it. */
export function encryptResource(apiV3Key: string, plain: string, associatedData: string): EncryptedResource {
  const nonce = randomBytes(6).toString('hex')
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'))
  cipher.setAAD(Buffer.from(associatedData, 'utf8'))
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return {
    algorithm: 'AEAD_AES_256_GCM',
    ciphertext: data.toString('base64'),
    nonce,
    associated_data: associatedData,
    original_type: 'transaction',
  }
}

export const payNonce = () => randomBytes(16).toString('hex')
