import { fileNameOf } from './content-disposition'

describe('fileNameOf', () => {
  it('reads the UTF-8 name the API sends, and falls back when there is none or it is broken', () => {
    const name = '和谐家园-2025年10月物业月报-第1版.csv'
    const header = `attachment; filename="download.csv"; filename*=UTF-8''${encodeURIComponent(name)}`
    expect(fileNameOf(header, '物业月报.csv')).toBe(name)
    expect(fileNameOf(null, '物业月报.csv')).toBe('物业月报.csv')
    expect(fileNameOf("attachment; filename*=UTF-8''%E5%A", '物业月报.csv')).toBe('物业月报.csv')
  })
})
