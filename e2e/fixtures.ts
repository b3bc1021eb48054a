import { Workbook } from 'exceljs'
import { demoPagePng } from '../scripts/seed/demo-files'

/** A small valid PNG (a ruled page with a red header) to stand in for a photo of a title certificate. */
export const evidencePng = (width = 120, height = 160): Buffer => demoPagePng(width, height)

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
