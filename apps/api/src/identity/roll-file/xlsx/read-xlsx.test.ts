import { Workbook } from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { readFirstVisibleSheet } from './read-xlsx'
import { parseXml } from './xml'

async function bytesOf(book: Workbook, useSharedStrings = true): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer({ useSharedStrings }))
}

/** A workbook as committees make them: a hidden old sheet first, then the roll with all kinds of cells. */
function rollBook(): Workbook {
  const book = new Workbook()
  const old = book.addWorksheet('旧表')
  old.addRow(['不要读这张表'])
  old.state = 'hidden'
  const sheet = book.addWorksheet('花名册')
  sheet.addRow(['楼栋编号', '面积', '手机号', '是否投票人'])
  sheet.getCell('A2').value = 'b1'
  sheet.getCell('B2').value = 89.35000000000001
  sheet.getCell('C2').value = '013800000000'
  sheet.getCell('D2').value = true
  // Row 3 stays blank; row 4 is sparse: only columns A and D.
  sheet.getCell('A4').value = '  b2  '
  sheet.getCell('D4').value = false
  sheet.getCell('A5').value = { richText: [{ text: '张' }, { font: { bold: true }, text: '三' }] }
  sheet.getCell('B5').value = 0.1 + 0.2
  sheet.getCell('C5').value = { formula: 'B5*2', result: 0.6000000000000001 }
  sheet.getCell('D5').value = { error: '#N/A' }
  sheet.getCell('A6').value = new Date(Date.UTC(2024, 2, 5))
  sheet.getCell('A6').numFmt = 'yyyy"年"m"月"d"日"'
  sheet.getCell('B6').value = new Date(Date.UTC(1999, 11, 31))
  sheet.getCell('B6').numFmt = 'mm-dd-yy'
  sheet.getCell('C6').value = 45356
  sheet.getCell('C6').numFmt = '#,##0.00 "元"'
  sheet.getCell('D6').value = 'A&B <c> "d" \'e\''
  return book
}

const EXPECTED = [
  { row: 1, cells: ['楼栋编号', '面积', '手机号', '是否投票人'] },
  { row: 2, cells: ['b1', '89.35', '013800000000', '是'] },
  { row: 4, cells: ['b2', '', '', '否'] },
  { row: 5, cells: ['张三', '0.3', '0.6', '#N/A'] },
  { row: 6, cells: ['2024-03-05', '1999-12-31', '45356', 'A&B <c> "d" \'e\''] },
]

describe('readFirstVisibleSheet', () => {
  it('reads a workbook written by exceljs with shared strings', async () => {
    expect(readFirstVisibleSheet(await bytesOf(rollBook()))).toEqual(EXPECTED)
  })

  it('reads the same workbook with inline strings', async () => {
    expect(readFirstVisibleSheet(await bytesOf(rollBook(), false))).toEqual(EXPECTED)
  })

  it('reads 2,000 rows quickly', async () => {
    const book = new Workbook()
    const sheet = book.addWorksheet('花名册')
    for (let i = 0; i < 2000; i++) sheet.addRow([`b${i}`, 80 + i + 0.35, `139${String(i).padStart(8, '0')}`])
    const bytes = await bytesOf(book)
    const started = performance.now()
    const rows = readFirstVisibleSheet(bytes)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(rows).toHaveLength(2000)
    expect(rows[1999]).toEqual({ row: 2000, cells: ['b1999', '2079.35', '13900001999'] })
  })

  it('finds parts by their relationships, with prefixed names, entities and a 1904 date system', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    const pkgRel = 'http://schemas.openxmlformats.org/package/2006/relationships'
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        `<Relationships xmlns="${pkgRel}"><Relationship Id="r1" Type="${rel}/officeDocument" Target="/book/wb.xml"/></Relationships>`,
      ),
      'book/wb.xml': strToU8(
        `<?xml version="1.0"?><x:workbook xmlns:x="${ns}" xmlns:rr="${rel}"><x:workbookPr date1904="1"/>` +
          '<x:sheets><x:sheet name="Chart" sheetId="1" rr:id="c"/><x:sheet name="S" sheetId="2" rr:id="s"/></x:sheets></x:workbook>',
      ),
      'book/_rels/wb.xml.rels': strToU8(
        `<Relationships xmlns="${pkgRel}">` +
          `<Relationship Id="c" Type="${rel}/chartsheet" Target="charts/c.xml"/>` +
          `<Relationship Id="s" Type="${rel}/worksheet" Target="../data/sheet.xml"/>` +
          `<Relationship Id="t" Type="${rel}/sharedStrings" Target="strings.xml"/>` +
          `<Relationship Id="y" Type="${rel}/styles" Target="st.xml"/></Relationships>`,
      ),
      'book/strings.xml': strToU8(
        `<x:sst xmlns:x="${ns}"><x:si><x:t>&#x5F20;&amp;三_x000D_</x:t><x:rPh><x:t>ZHANG</x:t></x:rPh></x:si></x:sst>`,
      ),
      'book/st.xml': strToU8(
        `<x:styleSheet xmlns:x="${ns}"><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
      ),
      'data/sheet.xml': strToU8(
        `<x:worksheet xmlns:x="${ns}"><x:sheetData><!-- a comment -->` +
          '<x:row r="2"><x:c r="C2" t="s"><x:v>0</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c></x:row>' +
          '<x:row><x:c t="str"><x:v><![CDATA[<raw>]]></x:v></x:c><x:c r="B3" t="e"><x:v>#DIV/0!</x:v></x:c></x:row>' +
          '</x:sheetData></x:worksheet>',
      ),
    })
    expect(readFirstVisibleSheet(bytes)).toEqual([
      { row: 2, cells: ['', '', '张&三', '1904-01-01'] },
      { row: 3, cells: ['<raw>', '#DIV/0!'] },
    ])
  })

  it('refuses a zip that is not a workbook, and a workbook whose sheets are all hidden has no rows', async () => {
    expect(() => readFirstVisibleSheet(zipSync({ 'a.txt': strToU8('hi') }))).toThrow()
    expect(() => readFirstVisibleSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow()
    const book = new Workbook()
    const only = book.addWorksheet('A')
    only.addRow(['x'])
    only.state = 'hidden'
    expect(readFirstVisibleSheet(await bytesOf(book))).toEqual([])
  })
})

describe('parseXml', () => {
  it('refuses DTDs, so no entity expansion', () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')).toThrow()
  })
})
