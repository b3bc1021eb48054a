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

/** 123456789 fen → "1,234,567.89": a table column already headed 元. */
export function groupedYuan(fen: number): string {
  const abs = Math.abs(fen)
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${fen < 0 ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** 123456 fen → "¥1,234.56", -250 → "-¥2.50": money as people read it, in every screen and message. */
export function yuanText(fen: number): string {
  const grouped = groupedYuan(fen)
  return grouped.startsWith('-') ? `-¥${grouped.slice(1)}` : `¥${grouped}`
}

/** Into (+) or out of (−) an account, with the sign written out so it is not carried by colour alone (A3). */
export function signedYuanText(fen: number): string {
  return fen > 0 ? `+${yuanText(fen)}` : yuanText(fen)
}
