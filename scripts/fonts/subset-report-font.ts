/**
 * Makes the report PDF's font, `apps/api/assets/fonts/noto-sans-sc-report.ttf`, and commits nothing by itself:
 * run it, look at the size it prints, commit the file. The source is Noto Sans SC Regular (SIL OFL 1.1) from the
 * npm package below, fetched with `npm pack` (the only thing fetched); harfbuzz's own subsetter (npm
 * `harfbuzzjs`) keeps the characters a Chinese report uses: every GB 2312 character (6,763 hanzi and its
 * symbols), Latin-1 and the punctuation and signs listed here. The API then embeds only the glyphs a document
 * uses (pdfkit subsets again per file), and draws a character outside this set as 〓 (see report-font.ts).
 *
 *   npx tsx scripts/fonts/subset-report-font.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../config'

const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans-sc@0.4.3'
const SOURCE_FILE = 'package/400Regular/NotoSansSC_400Regular.ttf'
const LICENSE_FILE = 'package/LICENSE_FONT'
const OUT_DIR = path.join(ROOT, 'apps/api/assets/fonts')

/**
 * Signs beyond GB 2312 that reports, the lobby poster (apps/api/src/exports/pdf/poster-pdf.ts: ①②③, 「」《》, ·)
 * and the app's own labels use (ranges, inclusive). The poster's text is GB 2312 plus these, so adding it needed
 * no new range; its test fails on any character drawn as 〓.
 */
const EXTRA_RANGES: Array<[number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: · × ÷ ° ± ¥ ²
  [0x2010, 0x2027], // dashes, quotes, ellipsis
  [0x2030, 0x203e], // ‰ ′ ″ ※ ‹ ›
  [0x2103, 0x2103], // ℃
  [0x2116, 0x2116], // №
  [0x2160, 0x216b], // Roman numerals
  [0x2190, 0x2199], // arrows
  [0x2212, 0x2212], // minus sign
  [0x2264, 0x2265], // ≤ ≥
  [0x2460, 0x249b], // ① … ⑳, ⑴ … ⒇
  [0x25a0, 0x25ff], // ■ □ ▲ △ ◆ ○ ●
  [0x2605, 0x2606], // ★ ☆
  [0x2713, 0x2714], // ✓ ✔
  [0x3000, 0x303f], // CJK punctuation
  [0x3220, 0x3229], // ㈠ … ㈩
  [0x33a1, 0x33a1], // ㎡
  [0xff01, 0xff5e], // full-width forms
  [0xffe0, 0xffe5], // ￠ ￡ ￢ ￣ ￤ ￥
]

/** GB 2312 decoded through the WHATWG GBK table: rows 1–9 (symbols) and 16–87 (hanzi). */
function gb2312(): number[] {
  const gbk = new TextDecoder('gbk')
  const codes: number[] = []
  for (let hi = 0xa1; hi <= 0xf7; hi += 1) {
    if (hi > 0xa9 && hi < 0xb0) continue
    for (let lo = 0xa1; lo <= 0xfe; lo += 1) {
      const ch = gbk.decode(Uint8Array.of(hi, lo))
      const code = ch.codePointAt(0)
      // Unassigned cells decode to U+FFFD or to the private use area.
      if (ch.length === 1 && code !== undefined && code !== 0xfffd && (code < 0xe000 || code > 0xf8ff)) codes.push(code)
    }
  }
  return codes
}

interface HarfbuzzSubset {
  memory: WebAssembly.Memory
  _initialize(): void
  malloc(size: number): number
  free(ptr: number): void
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_or_fail(face: number, input: number): number
}

const HB_MEMORY_MODE_WRITABLE = 2
/** Hinting only matters on low-resolution screens; PDF readers and printers do not use it. */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1

async function subset(font: Uint8Array, codes: Iterable<number>): Promise<Uint8Array> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'))
  const { instance } = await WebAssembly.instantiate(wasm)
  const hb = instance.exports as unknown as HarfbuzzSubset
  hb._initialize()
  const input = hb.hb_subset_input_create_or_fail()
  const data = hb.malloc(font.byteLength)
  new Uint8Array(hb.memory.buffer).set(font, data)
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  hb.hb_blob_destroy(blob)
  const unicodes = hb.hb_subset_input_unicode_set(input)
  for (const code of codes) hb.hb_set_add(unicodes, code)
  hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING)
  const result = hb.hb_subset_or_fail(face, input)
  hb.hb_subset_input_destroy(input)
  if (result === 0) throw new Error('hb_subset_or_fail failed: is the source font intact?')
  const out = hb.hb_face_reference_blob(result)
  const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice()
  hb.hb_blob_destroy(out)
  hb.hb_face_destroy(result)
  hb.hb_face_destroy(face)
  hb.free(data)
  return bytes
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'jiayuan-font-'))
  try {
    const tarball = execFileSync('npm', ['pack', SOURCE_PACKAGE, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
    }).trim()
    execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work, SOURCE_FILE, LICENSE_FILE])
    const codes = new Set(gb2312())
    for (const [from, to] of EXTRA_RANGES) for (let c = from; c <= to; c += 1) codes.add(c)
    const font = await subset(readFileSync(path.join(work, SOURCE_FILE)), codes)
    writeFileSync(path.join(OUT_DIR, 'noto-sans-sc-report.ttf'), font)
    writeFileSync(path.join(OUT_DIR, 'OFL.txt'), readFileSync(path.join(work, LICENSE_FILE)))
    console.log(`noto-sans-sc-report.ttf: ${codes.size} characters asked, ${(font.byteLength / 1024).toFixed(0)} KiB`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

void main()
