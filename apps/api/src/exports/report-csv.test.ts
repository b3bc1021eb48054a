import { sampleReport } from './pdf/report-fixture.test-data'
import { csvBytes, reportCsv } from './report-csv'
import { reportFileName } from './report-file-name'

describe('reportCsv', () => {
  const text = reportCsv(sampleReport())
  const bytes = csvBytes(text)

  it('is UTF-8 with exactly one byte-order mark, however often one is asked for', () => {
    expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0xe6])
    expect([...csvBytes(`\uFEFF${text}`)]).toEqual([...bytes])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).match(/\uFEFF/g)).toHaveLength(1)
  })

  it('writes times in Beijing time, never UTC', () => {
    const lines = text.split('\r\n')
    expect(lines).toContain('报告,发布时间（北京时间）,2025-11-03 10:00')
    expect(lines).toContain('决定,更换 2 号楼电梯,2025-10-20 10:00')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
  })

  it('names each expense heading once', () => {
    expect(text).toContain('支出,E1 人员费用,60000.00')
    expect(text).not.toContain('E1 E1')
  })
})

describe('reportFileName', () => {
  it('is Chinese: compound, month title and version', () => {
    expect(reportFileName('和谐家园', { month: '2025-10', version: 2 }, 'csv')).toBe(
      '和谐家园-2025年10月物业月报-第2版.csv',
    )
    expect(reportFileName('幸福 里/二期', { month: '2026-01', version: 1 }, 'pdf')).toBe(
      '幸福里二期-2026年1月物业月报-第1版.pdf',
    )
  })
})
