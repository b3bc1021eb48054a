import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getCompound } from '@jiayuan/db'
import { previousMonth } from '@jiayuan/domain'
import { reportTitle } from '../../src/exports/report-file-name'
import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'

/**
 * The monthly report as a PDF (issues #6, #13): the same access as reading the report, the published version
 * only, served as application/pdf bytes under a Chinese file name, read back with poppler (pdftotext).
 */

let h: Harness
const month = previousMonth(new Date())
const path = (compoundId: string) => `/v1/compounds/${compoundId}/reports/${month}/pdf`

async function get(p: string, token?: string): Promise<Response> {
  return fetch(`${h.url}${p}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
}

/** What poppler reads from the file, as a person's viewer would. */
function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiayuan-pdf-'))
  try {
    const file = join(dir, 'report.pdf')
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

describe('GET /reports/{month}/pdf', () => {
  it('answers 404 while the month has only a draft, as the report itself does', async () => {
    const committee = await tokenOf(h, 'committee')
    expect(
      (await h.request('POST', `/v1/compounds/${h.compoundId}/reports/${month}/draft`, { token: committee })).status,
    ).toBe(200)
    const res = await get(path(h.compoundId), await tokenOf(h, 'resident'))
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NotFound')
  })

  it('gives a resident the published version as a PDF with the month title in Chinese', async () => {
    const committee = await tokenOf(h, 'committee')
    const narrative = { servicesDone: '完成 3 号楼电梯维保。', nextMonthPlan: '外墙清洗。' }
    expect(
      (
        await h.request('PUT', `/v1/compounds/${h.compoundId}/reports/${month}/versions/1/narrative`, {
          token: committee,
          body: { narrative },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await h.request('POST', `/v1/compounds/${h.compoundId}/reports/${month}/versions/1/publish`, {
          token: committee,
          body: {},
        })
      ).status,
    ).toBe(200)

    const res = await get(path(h.compoundId), await tokenOf(h, 'resident'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const { name } = await getCompound(h.deps.db, h.compoundId)
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${name}-${reportTitle(month)}-第1版.pdf`)}`,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-')
    const text = pdftotext(bytes)
    expect(text).toContain(reportTitle(month))
    expect(text).toContain('完成 3 号楼电梯维保。')
    expect(text).toContain(`${name} · 第 1 版 · 发布于`)
  })

  it('refuses a stranger to the compound and a caller without a token', async () => {
    expect((await get(path(h.secondCompoundId), await tokenOf(h, 'resident'))).status).toBe(403)
    expect((await get(path(h.compoundId))).status).toBe(401)
  })

  it('names the month field when the month is malformed', async () => {
    const res = await get(`/v1/compounds/${h.compoundId}/reports/2025-13/pdf`, await tokenOf(h, 'resident'))
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('month')
  })
})
