import { readPdf, refs } from './read-pdf.test-data'
import { sampleReport } from './report-fixture.test-data'
import { reportPdf, reportTitle } from './report-pdf'
import { fromUtf16Hex, utf16Hex } from './text'

function pageTexts(bytes: Uint8Array): string[][] {
  const pdf = readPdf(bytes)
  const root = Number(/\/Root (\d+) 0 R/.exec(pdf.trailer)?.[1])
  const tree = pdf.object(Number(/\/Pages (\d+) 0 R/.exec(pdf.object(root))?.[1]))
  return refs(/\/Kids \[([^\]]*)\]/.exec(tree)?.[1] ?? '').map((kid) => {
    const content = pdf.object(Number(/\/Contents (\d+) 0 R/.exec(pdf.object(kid))?.[1]))
    return [...content.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) => fromUtf16Hex(m[1] ?? ''))
  })
}

describe('reportPdf', () => {
  it('puts the month title first on page one, readable back from its hex string', () => {
    const bytes = reportPdf(sampleReport(), '和谐家园')
    const [first] = pageTexts(bytes)
    expect(reportTitle('2025-10')).toBe('2025年10月物业月报')
    expect(first?.[0]).toBe('2025年10月物业月报')
    expect(first?.[1]).toBe('和谐家园 · 第 2 版 · 发布于 2025年11月3日')
    let raw = ''
    for (const b of bytes) raw += String.fromCharCode(b)
    expect(raw).toContain(utf16Hex('2025年10月物业月报'))
  })

  it('lays out the figures, the change note and the narrative', () => {
    const all = pageTexts(reportPdf(sampleReport(), '和谐家园')).flat()
    expect(all).toEqual(
      expect.arrayContaining([
        '更正说明：更正了停车费收入',
        '146,456.50',
        '94.96%',
        '87.50%',
        '1 小时 35 分',
        '更换 2 号楼电梯',
        '外墙清洗；消防设施年度检测。',
      ]),
    )
  })

  it('paginates a long narrative with a footer numbering every page', () => {
    const long = Array.from({ length: 300 }, (_, i) => `第${i + 1}项：清理楼道杂物并检查消防通道。`).join('\n')
    const pages = pageTexts(
      reportPdf(sampleReport({ narrative: { servicesDone: long, nextMonthPlan: '' } }), '和谐家园'),
    )
    expect(pages.length).toBeGreaterThan(5)
    pages.forEach((texts, i) =>
      expect(texts.at(-1)).toBe(`和谐家园 2025年10月物业月报 第 2 版 · 第 ${i + 1} 页，共 ${pages.length} 页`),
    )
    const lines = pages.flat().filter((t) => t.startsWith('第') && t.includes('项：'))
    expect(lines).toHaveLength(300)
  })
})
