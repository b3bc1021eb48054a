import { Workbook } from 'exceljs'
import zlib from 'node:zlib'

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A small valid PNG (a striped "document") to stand in for a photo of a title certificate. */
export function evidencePng(width = 120, height = 160): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    const line = y % 16 < 3 && y > 20
    for (let x = 0; x < width; x++) {
      const ink = (line && x > 10 && x < width - 10) || y < 12
      row.set(ink ? [0xb7, 0x1c, 0x1c] : [0xfa, 0xfa, 0xf0], 1 + x * 3)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const HEADER =
  'building_id,building_name,unit_id,unit_label,kind,status,registered_area,surveyed_area,contract_area,owner_id,owner_kind,owner_name,owner_phone,is_developer,is_voter'

/**
 * A small roll for a new building, unique per run so its first import creates records. `badArea` puts an
 * invalid area on the second data row (spreadsheet row 3).
 */
export function rollCsv(stamp: string, options: { badArea?: boolean } = {}): string {
  const b = `e2e${stamp}`
  const rows = [
    `${b},测试楼${stamp},${b}-1-101,T${stamp}-1-101,residential,owned,88.50,,,o-${b}-1,person,何平,13900001111,no,yes`,
    `${b},测试楼${stamp},${b}-1-102,T${stamp}-1-102,residential,owned,${options.badArea ? '八十' : '76.20'},,,o-${b}-2,person,宋涛,13900002222,no,yes`,
    `${b},测试楼${stamp},${b}-1-201,T${stamp}-1-201,residential,owned,88.50,,,o-${b}-3,person,唐敏,,no,yes`,
  ]
  return [HEADER, ...rows].join('\n')
}

/** The same roll as an Excel workbook, as a committee keeps it: areas as numbers. */
export async function rollXlsx(stamp: string, options: { badArea?: boolean } = {}): Promise<Buffer> {
  const book = new Workbook()
  const sheet = book.addWorksheet('花名册')
  const [header = '', ...rows] = rollCsv(stamp, options).split('\n')
  sheet.addRow(header.split(','))
  for (const row of rows) sheet.addRow(row.split(',').map((cell) => (/^\d+\.\d+$/.test(cell) ? Number(cell) : cell)))
  return Buffer.from(await book.xlsx.writeBuffer())
}

/**
 * A stand-in for the browser's speech recogniser (Chromium here has no speech service), installed before the
 * app loads: each session "hears" `words` in two steps, a partial result and then the final one, like the real
 * Web Speech API does.
 */
export function fakeSpeechRecognition(words: string): string {
  const partial = JSON.stringify(words.slice(0, Math.max(1, Math.floor(words.length / 2))))
  const final = JSON.stringify(words)
  return `(() => {
    class FakeRecognition {
      start() {
        setTimeout(() => this.onresult && this.onresult({ results: [[{ transcript: ${partial} }]] }), 100)
        setTimeout(() => {
          this.onresult && this.onresult({ results: [[{ transcript: ${final} }]] })
          this.onend && this.onend()
        }, 300)
      }
      stop() { this.onend && this.onend() }
    }
    window.SpeechRecognition = FakeRecognition
    window.webkitSpeechRecognition = FakeRecognition
  })()`
}
