/**
 * A minimal reader for the tests: it follows the file the way a viewer does (startxref → xref → objects),
 * so a wrong offset or a dangling reference fails a test instead of being assumed right.
 */
export interface ParsedPdf {
  text: string
  /** Object number → byte offset, from the xref table. */
  offsets: Map<number, number>
  trailer: string
  object(num: number): string
}

export function readPdf(bytes: Uint8Array): ParsedPdf {
  let text = ''
  for (const b of bytes) text += String.fromCharCode(b)
  const startxref = /startxref\n(\d+)\n%%EOF\n?$/.exec(text)
  if (!startxref?.[1]) throw new Error('no startxref at the end')
  const xrefAt = Number(startxref[1])
  if (!text.startsWith('xref\n', xrefAt)) throw new Error(`startxref ${xrefAt} does not point at the xref table`)
  const header = /^xref\n(\d+) (\d+)\n/.exec(text.slice(xrefAt))
  if (!header?.[0]) throw new Error('bad xref header')
  const count = Number(header[2])
  const offsets = new Map<number, number>()
  const entriesAt = xrefAt + header[0].length
  for (let i = 0; i < count; i += 1) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20)
    const m = /^(\d{10}) (\d{5}) ([nf]) \n$/.exec(entry)
    if (!m) throw new Error(`xref entry ${i} is not 20 bytes of the right form: ${JSON.stringify(entry)}`)
    if (m[3] === 'n') offsets.set(i, Number(m[1]))
  }
  const trailer = text.slice(entriesAt + count * 20)
  return {
    text,
    offsets,
    trailer,
    object(num) {
      const at = offsets.get(num)
      if (at === undefined) throw new Error(`object ${num} is not in the xref table`)
      const end = text.indexOf('\nendobj', at)
      return text.slice(at, end)
    },
  }
}

export const refs = (body: string): number[] => [...body.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))
