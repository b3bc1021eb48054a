import { ROLL_COLUMN_LABEL, ROLL_CSV_COLUMNS } from '@jiayuan/contracts'
import { Workbook } from 'exceljs'
import { rollTemplate } from './roll-template'
import { readFirstVisibleSheet } from './xlsx/read-xlsx'

const HEADERS = ROLL_CSV_COLUMNS.map((c) => `${ROLL_COLUMN_LABEL[c]}（${c}）`)

describe('rollTemplate', () => {
  it('opens in exceljs: the roll sheet with only a bold, frozen header row typed as text, then the help sheet', async () => {
    const book = new Workbook()
    await book.xlsx.load((await rollTemplate()).buffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['花名册', '填写说明'])

    const [roll, help] = book.worksheets
    if (!roll || !help) throw new Error('template sheets missing')
    expect(roll.actualRowCount).toBe(1)
    expect((roll.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS)
    expect(roll.getCell('A1').font?.bold).toBe(true)
    expect(roll.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const phone = ROLL_CSV_COLUMNS.indexOf('owner_phone') + 1
    const area = ROLL_CSV_COLUMNS.indexOf('registered_area') + 1
    expect(roll.getColumn(phone).numFmt).toBe('@')
    expect(roll.getColumn(area).numFmt).toBe('0.00')
    expect(roll.getColumn(1).width).toBeGreaterThanOrEqual(14)

    expect((help.getRow(1).values as unknown[]).slice(1)).toEqual(['列名', '是否必填', '填写方法', '示例'])
    expect(help.getCell('A1').font?.bold).toBe(true)
    expect(help.getColumn(3).width).toBe(48)
    expect(help.getCell('A2').value).toBe(HEADERS[0])
    expect(help.getCell('D2').value).toBe('b1')
    const notes = ROLL_CSV_COLUMNS.length + 3
    expect(help.getRow(notes - 1).values).toEqual([])
    expect(String(help.getCell(`A${notes}`).value)).toContain('共有房屋每位共有人各占一行')
  })

  it('is read back by our own reader as just the header row', async () => {
    expect(readFirstVisibleSheet(await rollTemplate())).toEqual([{ row: 1, cells: HEADERS }])
  })

  it('is the same bytes every time', async () => {
    expect(Buffer.from(await rollTemplate()).equals(Buffer.from(await rollTemplate()))).toBe(true)
  })
})
