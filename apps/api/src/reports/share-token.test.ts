import { ShareLinkRefused } from '@jiayuan/domain'
import { signShareToken, verifyShareToken } from './share-token'

const key = 'k'.repeat(40)
const claims = { s: 'sh-1', c: 'c-hexie', m: '2025-10', e: 1_770_000_000 }

describe('share tokens', () => {
  it('carry the claims back unchanged under the same key', () => {
    expect(verifyShareToken(key, signShareToken(key, claims))).toEqual(claims)
  })

  it('refuse a changed character anywhere, another key, and junk, as ShareLinkInvalid', () => {
    const token = signShareToken(key, claims)
    const forged = signShareToken(key, { ...claims, c: 'c-other' }).split('.')[0]
    const tampered = [
      `${forged}.${token.split('.')[1]}`,
      `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}A`,
      signShareToken('x'.repeat(40), claims),
      'not-a-token',
      `${token}.extra`,
    ]
    for (const t of tampered) {
      expect(() => verifyShareToken(key, t)).toThrow(ShareLinkRefused)
      expect(() => verifyShareToken(key, t)).toThrow('这个分享链接无效')
    }
  })
})
