/** A plain-text table: columns padded to their widest cell (CJK counted double, as a terminal shows it). */
export function table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)
  const cells = [headers, ...rows].map((r) => r.map(String))
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))))
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd()
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

export const ms = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n < 10 ? n.toFixed(1) : n.toFixed(0)
export const pct = (share: number) => `${(share * 100).toFixed(0)}%`
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const mark = (ok: boolean) => (ok ? 'ok' : 'MISS')
