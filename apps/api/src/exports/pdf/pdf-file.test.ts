import { writePdf } from './pdf-file'
import { readPdf, refs } from './read-pdf.test-data'
import { fromUtf16Hex, utf16Hex } from './text'

const page = (words: string) => ({ content: `BT /F1 12 Tf 50 700 Td ${utf16Hex(words)} Tj ET` })

describe('writePdf', () => {
  const bytes = writePdf({ title: '测试', pages: [page('第一页'), page('第二页'), page('第三页')] })
  const pdf = readPdf(bytes)

  it('starts with the PDF header and ends with %%EOF', () => {
    expect(pdf.text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(pdf.text.endsWith('%%EOF\n')).toBe(true)
  })

  it('every xref offset points at the start of its own object', () => {
    expect(pdf.offsets.size).toBe(6 + 3 * 2)
    for (const [num, at] of pdf.offsets) expect(pdf.text.slice(at, at + `${num} 0 obj`.length)).toBe(`${num} 0 obj`)
    expect(pdf.trailer).toContain(`/Size ${pdf.offsets.size + 1}`)
  })

  it('every page object is reachable from the catalog through the page tree, in order', () => {
    const root = Number(/\/Root (\d+) 0 R/.exec(pdf.trailer)?.[1])
    const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(pdf.object(root))?.[1])
    const tree = pdf.object(pagesRef)
    const kids = refs(/\/Kids \[([^\]]*)\]/.exec(tree)?.[1] ?? '')
    expect(tree).toContain('/Count 3')
    const pageObjects = [...pdf.offsets.keys()].filter((n) => /\/Type \/Page\b(?!s)/.test(pdf.object(n)))
    expect(kids).toEqual(pageObjects)
    const words = kids.map((k) => {
      const contents = Number(/\/Contents (\d+) 0 R/.exec(pdf.object(k))?.[1])
      return fromUtf16Hex(/<([0-9A-F]+)> Tj/.exec(pdf.object(contents))?.[1] ?? '')
    })
    expect(words).toEqual(['第一页', '第二页', '第三页'])
  })

  it('stream lengths match the bytes between stream and endstream', () => {
    for (const num of pdf.offsets.keys()) {
      const body = pdf.object(num)
      const m = /\/Length (\d+) >>\nstream\n([\s\S]*)\nendstream/.exec(body)
      if (m) expect(m[2]?.length).toBe(Number(m[1]))
    }
  })

  it('uses the standard CJK font without embedding it', () => {
    expect(pdf.text).toContain('/Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H')
    expect(pdf.text).toContain('/Subtype /CIDFontType0')
    expect(pdf.text).toContain('/Registry (Adobe) /Ordering (GB1)')
    expect(pdf.text).not.toContain('/FontFile')
  })

  it('refuses an empty document and non-ASCII content', () => {
    expect(() => writePdf({ title: 'x', pages: [] })).toThrow('at least one page')
    expect(() => writePdf({ title: 'x', pages: [{ content: 'BT (月报) Tj ET' }] })).toThrow('utf16Hex')
  })
})
