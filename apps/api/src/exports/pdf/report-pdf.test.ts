import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { reportFont } from './report-font'
import { sampleReport } from './report-fixture.test-data'
import { reportPdf } from './report-pdf'

/**
 * The PDF as poppler (the engine behind most Linux viewers, and the strictest about fonts) reads it: the font
 * embedded as a subset with a Unicode map, every character of the text drawn from it, nothing repeated.
 * Needs poppler-utils (pdffonts, pdftotext, pdftoppm), which .ci/run installs.
 */
const font = reportFont(undefined)
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jiayuan-pdf-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function render(name: string, report = sampleReport()): Promise<{ file: string; bytes: number }> {
  const bytes = await reportPdf(report, '和谐家园', font)
  const file = path.join(dir, `${name}.pdf`)
  writeFileSync(file, bytes)
  return { file, bytes: bytes.byteLength }
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })

describe('reportPdf read by poppler', () => {
  it('embeds one font, a subset with a Unicode map, and uses no other', async () => {
    const { file, bytes } = await render('fonts')
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(fonts).toHaveLength(1)
    // name, type, encoding, emb, sub, uni
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/)
    expect(bytes).toBeLessThan(200 * 1024)
  })

  it('has every expected line as text, each heading code once, and the middle dot and dashes drawn', async () => {
    const text = pdftotext((await render('text')).file)
    for (const line of [
      '2025年10月物业月报',
      '和谐家园 · 第 2 版 · 发布于 2025年11月3日',
      '更正说明：更正了停车费收入',
      '支出：E1 人员费用',
      'E11 物业服务酬金',
      '支出（E1–E11）',
      '预算执行（年度预算与累计支出）',
      '1 小时 35 分',
      '更换 2 号楼电梯',
      '完成 3 号楼电梯季度维保；清理地下车库杂物。',
      '和谐家园 2025年10月物业月报 第 2 版 · 第 1 页，共',
    ]) {
      expect(text).toContain(line)
    }
    expect(text).not.toMatch(/E(\d+) E\1 /)
    expect(text).not.toContain('〓')
    // Every character poppler read back is one the embedded font has a glyph for: nothing fell to .notdef.
    const undrawn = [...new Set(text)].filter(
      (ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0),
    )
    expect(undrawn).toEqual([])
  })

  it('draws the charts: a bar for each figure, with its value written beside it', async () => {
    const text = pdftotext((await render('charts')).file)
    expect(text).toContain('新增与办结')
    expect(text).toContain('最多的类别')
    expect(text).toContain('¥123,456.00')
    expect(text).toContain('¥720,000.00')
  })

  it('renders every page with pdftoppm without a single complaint', async () => {
    const { file } = await render('pages')
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', file, path.join(dir, 'page')], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'))
    expect(pages.length).toBeGreaterThanOrEqual(2)
    for (const page of pages) expect(statSync(path.join(dir, page)).size).toBeGreaterThan(5_000)
  })

  it('prints a character the font lacks as 〓 and says so, rather than an empty box', async () => {
    const report = sampleReport({ narrative: { servicesDone: '慰问𠮷先生一家。', nextMonthPlan: '外墙清洗。' } })
    const text = pdftotext((await render('missing', report)).file)
    expect(text).toContain('慰问〓先生一家。')
    expect(text).toContain('本文件中有 1 个字本字体没有收录，以 〓 代替')
  })

  it('paginates a long narrative, numbering every page', async () => {
    const long = Array.from({ length: 200 }, (_, i) => `第${i + 1}项：清理楼道杂物并检查消防通道。`).join('\n')
    const { file } = await render('long', sampleReport({ narrative: { servicesDone: long, nextMonthPlan: '' } }))
    const pages = pdftotext(file)
      .split('\f')
      .filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(4)
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`))
    expect(pdftotext(file).match(/第\d+项：清理楼道杂物并检查消防通道。/g)).toHaveLength(200)
  })
})
