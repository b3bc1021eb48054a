import path from 'node:path'
import zlib from 'node:zlib'
import PDFDocument from 'pdfkit'
import type { Deps } from '@jiayuan/api'
import { ROOT } from '../config'

/**
 * Files the demo's records point at (invoices, acceptance records, proxy letters, title certificates), so that
 * every 凭证 a person taps in the demo opens a real document instead of a 404. Drawn here, stored through the
 * same presigned PUT the mini-app uses.
 */

type FileStore = Deps['files']

const FONT = path.join(ROOT, 'apps/api/assets/fonts/noto-sans-sc-report.ttf')

/** A one-page A5 document: a title, then label–value lines, then a stamp-like footer. */
export function demoDocumentPdf(title: string, lines: ReadonlyArray<readonly [string, string]>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A5', margin: 40, info: { Title: title, Producer: 'Jiayuan demo seed' } })
    const parts: Buffer[] = []
    doc.on('data', (b: Buffer) => parts.push(b))
    doc.on('end', () => resolve(Buffer.concat(parts)))
    doc.on('error', reject)
    doc.registerFont('cjk', FONT).font('cjk')
    doc.fontSize(18).fillColor('#b71c1c').text(title, { align: 'center' })
    doc.moveDown(1).fontSize(11).fillColor('#222222')
    for (const [label, value] of lines) doc.text(`${label}：${value}`).moveDown(0.4)
    doc.moveDown(2).fontSize(9).fillColor('#777777').text('演示数据：本文件由家园演示种子生成，仅供体验。')
    doc.end()
  })
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A small valid PNG of a ruled page with a red header, standing in for a photographed paper document. */
export function demoPagePng(width = 240, height = 320): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    const ruled = y > 40 && y % 18 < 2
    for (let x = 0; x < width; x++) {
      const ink = y < 24 || (ruled && x > 16 && x < width - 16)
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
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Stores bytes under `key` through a presigned PUT, as the mini-app's upload does. */
export async function storeFile(
  files: FileStore,
  key: string,
  contentType: string,
  bytes: Buffer,
  now: Date,
): Promise<void> {
  const put = await files.presignPut(key, contentType, bytes.length, now)
  const res = await fetch(put.url, { method: 'PUT', headers: put.headers, body: new Uint8Array(bytes) })
  if (!res.ok) throw new Error(`storing demo file ${key}: HTTP ${res.status}`)
}
