import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Jimp from 'jimp'
import jsQR from 'jsqr'
import { getCompound, putCompound } from '@jiayuan/db'
import { joinLink } from '@jiayuan/domain'
import { startHarness, type Harness } from '../harness'

/**
 * A compound's way in (issue #12): its code (the local stand-in draws a real QR code of the H5 join link), the
 * lobby poster read back with poppler, and what the join page shows before and while joining.
 */
let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

async function get(path: string, token?: string): Promise<Response> {
  return fetch(`${h.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
}

/** Reads a QR code from a PNG as a phone's scanner would (jsQR on the decoded pixels). */
async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { bitmap } = await Jimp.read(png)
  return jsQR(new Uint8ClampedArray(bitmap.data), bitmap.width, bitmap.height)?.data
}

function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-poster-'))
  try {
    const file = join(dir, 'poster.pdf')
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

it('compound.qr is a PNG whose code opens the join page with this compound chosen', async () => {
  const admin = (await h.login('admin')).token
  const res = await get(`/v1/compounds/${h.compoundId}/qr`, admin)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
  const png = Buffer.from(await res.arrayBuffer())
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(await decodeQr(png)).toBe(joinLink(h.deps.config.H5_BASE_URL ?? 'http://localhost:3000/', h.compoundId))
})

it('only those who put it up get the code and the poster', async () => {
  const resident = (await h.login('resident')).token
  expect((await get(`/v1/compounds/${h.compoundId}/qr`, resident)).status).toBe(403)
  expect((await get(`/v1/compounds/${h.compoundId}/qr/poster`, resident)).status).toBe(403)
  expect((await get(`/v1/compounds/${h.compoundId}/qr`)).status).toBe(401)
})

it('the A4 poster carries the compound name, the three steps and the join link', async () => {
  const committee = (await h.login('committee')).token
  const res = await get(`/v1/compounds/${h.compoundId}/qr/poster`, committee)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  const text = pdftotext(new Uint8Array(await res.arrayBuffer()))
  const compound = await getCompound(h.deps.db, h.compoundId)
  expect(text).toContain(compound.name)
  expect(text).toContain('扫一扫上方的小程序码')
  expect(text).toContain('申请业主认证')
  expect(text).not.toContain('〓')
  const pages = execFileSync('bash', ['-c', 'pdfinfo - | grep -E "^(Pages|Page size)"'], {
    input: new Uint8Array(await (await get(`/v1/compounds/${h.compoundId}/qr/poster`, committee)).arrayBuffer()),
    encoding: 'utf8',
  })
  expect(pages).toMatch(/Pages:\s+1/)
  expect(pages).toMatch(/595\.28 x 841\.89 pts \(A4\)/)
})

it('the join page shows a compound before login and finds compounds by name', async () => {
  const open = await h.request('GET', `/v1/joinable-compounds/${h.compoundId}`)
  const compound = await getCompound(h.deps.db, h.compoundId)
  expect(open).toMatchObject({ status: 200, body: { compoundId: h.compoundId, name: compound.name } })
  expect(open.body.settings).toBeUndefined()
  expect((await h.request('GET', '/v1/joinable-compounds/nope-nope')).status).toBe(404)

  const name = `${h.prefix}花园`
  await putCompound(h.deps.db, { ...compound, compoundId: `${h.prefix}c-garden`, name })
  const newcomer = (await h.login('newcomer')).token
  const found = await h.request('GET', `/v1/joinable-compounds?q=${encodeURIComponent(h.prefix)}`, { token: newcomer })
  expect(found.body.compounds).toEqual([
    { compoundId: `${h.prefix}c-garden`, name, address: compound.address, street: compound.street },
  ])
  expect((await h.request('GET', `/v1/joinable-compounds?q=x`)).status).toBe(401)
})
