/**
 * Money as people write it (yuan with up to two decimals) to and from integer fen, by string arithmetic so
 * that `0.1 + 0.2` never happens. `-12.50` and `12.5` are accepted; `1e3`, `12.345` and `１２` are not.
 */
const YUAN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/

export function parseYuan(text: string): number | undefined {
  const match = YUAN.exec(text.trim().replace(/,/g, ''))
  if (!match) return undefined
  const [, minus, whole = '0', decimals = ''] = match
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  return minus ? -fen : fen
}

export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
