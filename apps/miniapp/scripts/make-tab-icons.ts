/**
 * Draws the five tab-bar icons as PNGs (81×81, WeChat's recommended size) in the normal and selected
 * colours, so the repository holds no binary of unknown origin. Run: `npx tsx apps/miniapp/scripts/make-tab-icons.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

type Shape = (x: number, y: number) => boolean

const SIZE = 81
const SAMPLES = 4
const COLOURS = { normal: [0x4a, 0x4a, 0x4a], active: [0xb7, 0x1c, 0x1c] } as const

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1
const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const ellipse =
  (cx: number, cy: number, rx: number, ry: number): Shape =>
  (x, y) =>
    ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
const triangle =
  (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Shape =>
  (x, y) => {
    const s = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy)
    const d1 = s(ax, ay, bx, by)
    const d2 = s(bx, by, cx, cy)
    const d3 = s(cx, cy, ax, ay)
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0))
  }
const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y))
const minus =
  (shape: Shape, ...holes: Shape[]): Shape =>
  (x, y) =>
    shape(x, y) && !holes.some((h) => h(x, y))
const roundRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  union(
    rect(x0 + r, y0, x1 - r, y1),
    rect(x0, y0 + r, x1, y1 - r),
    circle(x0 + r, y0 + r, r),
    circle(x1 - r, y0 + r, r),
    circle(x0 + r, y1 - r, r),
    circle(x1 - r, y1 - r, r),
  )

// Coordinates are fractions of the icon's width and height.
const ICONS: Record<string, Shape> = {
  home: minus(
    union(triangle(0.5, 0.1, 0.06, 0.48, 0.94, 0.48), rect(0.18, 0.44, 0.82, 0.9)),
    rect(0.41, 0.62, 0.59, 0.9),
  ),
  repair: union(
    minus(roundRect(0.08, 0.28, 0.92, 0.84, 0.08), circle(0.5, 0.56, 0.2)),
    circle(0.5, 0.56, 0.12),
    roundRect(0.32, 0.16, 0.68, 0.32, 0.04),
  ),
  assembly: minus(
    union(roundRect(0.08, 0.14, 0.92, 0.7, 0.12), triangle(0.24, 0.62, 0.46, 0.62, 0.2, 0.9)),
    circle(0.3, 0.42, 0.06),
    circle(0.5, 0.42, 0.06),
    circle(0.7, 0.42, 0.06),
  ),
  ledger: minus(
    roundRect(0.16, 0.08, 0.84, 0.92, 0.06),
    rect(0.3, 0.24, 0.7, 0.31),
    rect(0.3, 0.42, 0.7, 0.49),
    rect(0.3, 0.6, 0.56, 0.67),
  ),
  me: union(circle(0.5, 0.3, 0.18), minus(ellipse(0.5, 0.92, 0.38, 0.36), rect(0, 0.92, 1, 1))),
}

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function png(shape: Shape, rgb: readonly number[]): Buffer {
  const rows: Buffer[] = []
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4)
    for (let px = 0; px < SIZE; px++) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (shape((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE)) hits++
        }
      }
      row.set([rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0, Math.round((255 * hits) / SAMPLES ** 2)], 1 + px * 4)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const outDir = path.resolve(__dirname, '../src/assets/tab')
fs.mkdirSync(outDir, { recursive: true })
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [state, rgb] of Object.entries(COLOURS)) {
    fs.writeFileSync(path.join(outDir, `${name}${state === 'active' ? '-active' : ''}.png`), png(shape, rgb))
  }
}
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${outDir}`)
