import { InvalidInput } from '@jiayuan/domain'
import type { FileStore } from './file-store'
import { assertOwnUpload, isOwnUpload, parseUploadKey, uploadPrefix, uploaderOf } from './uploads'

const owner = { compoundId: 'c1', purpose: 'ballot_scan', userId: 'u1' }
const files = (stored: string[]): FileStore => ({
  presignPut: () => Promise.reject(new Error('unused')),
  presignGet: () => Promise.reject(new Error('unused')),
  exists: (key) => Promise.resolve(stored.includes(key)),
})

describe('upload ownership', () => {
  const mine = `${uploadPrefix('c1', 'ballot_scan', 'u1')}f.jpg`

  it('reads compound, purpose and uploader from the key', () => {
    expect(mine).toBe('c1/ballot_scan/u1/f.jpg')
    expect(uploaderOf(mine)).toBe('u1')
    expect(isOwnUpload(mine, owner)).toBe(true)
    expect(isOwnUpload(mine, { ...owner, userId: 'u10' })).toBe(false)
    expect(isOwnUpload(mine, { ...owner, purpose: 'attachment' })).toBe(false)
  })

  it('reads only the canonical form: no ../, ./, empty or extra segment, a known purpose', () => {
    const other = 'c1/ballot_scan/u1/../u2/f.jpg'
    expect(isOwnUpload(other, owner)).toBe(false)
    expect(uploaderOf(other)).toBeUndefined()
    for (const key of [
      'c1/ballot_scan/u1/./f.jpg',
      'c1/ballot_scan/u1//f.jpg',
      'c1//ballot_scan/u1/f.jpg',
      '/c1/ballot_scan/u1/f.jpg',
      'c1/ballot_scan/u1/f.jpg/',
      'c1/ballot_scan/u1/..',
      'c1/ballot_scan/u1/f.jpg%2F..',
      'c1/ballot_scan/u1/f .jpg',
      'c1/unknown/u1/f.jpg',
    ])
      expect([key, parseUploadKey(key)]).toEqual([key, undefined])
    expect(parseUploadKey(mine)).toEqual({ ...owner, file: 'f.jpg' })
  })

  it('refuses someone else’s file or one never uploaded, naming the field', async () => {
    await expect(assertOwnUpload(files([mine]), owner, mine, 'body.scanKey', '请先上传')).resolves.toBeUndefined()
    await expect(assertOwnUpload(files([]), owner, mine, 'body.scanKey', '请先上传')).rejects.toThrow(InvalidInput)
    await expect(
      assertOwnUpload(files(['c1/ballot_scan/u2/f.jpg']), owner, 'c1/ballot_scan/u2/f.jpg', 'body.scanKey', '请先上传'),
    ).rejects.toMatchObject({
      message: 'body.scanKey: 请先上传',
      details: [{ field: 'body.scanKey', message: '请先上传' }],
    })
  })
})
