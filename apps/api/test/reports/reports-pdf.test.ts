import { previousMonth } from '@jiayuan/domain'
import { reportTitle, utf16Hex } from '../../src/exports/pdf/index'
import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'

/**
 * The monthly report as a PDF (issue #6): the same access as reading the report, the published version only,
 * served as application/pdf bytes with the month's title in the page text (STSong-Light, UTF-16BE hex).
 */

let h: Harness
const month = previousMonth(new Date())
const path = (compoundId: string) => `/v1/compounds/${compoundId}/reports/${month}/pdf`

async function get(p: string, token?: string): Promise<Response> {
  return fetch(`${h.url}${p}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')

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
    expect(res.headers.get('content-disposition')).toContain(`filename="report-${h.compoundId}-${month}-v1.pdf"`)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length)
    const text = latin1(bytes)
    expect(text.startsWith('%PDF-1.4')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(text).toContain(`${utf16Hex(reportTitle(month))} Tj`)
    expect(text).toContain(utf16Hex('完成 3 号楼电梯维保。'))
    expect(text).toContain('/BaseFont /STSong-Light')
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
