import { parseYuan } from '@jiayuan/domain'

/** 123456 fen → "¥1,234.56". Integer arithmetic only: money is never a float here (DOMAIN F2). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = Math.trunc(abs / 100).toLocaleString('zh-CN')
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** Into (+) or out of (−) the account, with the sign written out so it is not carried by colour alone (A3). */
export function signedYuan(fen: number): string {
  return fen > 0 ? `+${yuan(fen)}` : yuan(fen)
}

/** What a person typed as yuan ("1280", "1,280.5") as positive fen; undefined when it is not a clean amount. */
export function fenFromInput(text: string): number | undefined {
  const fen = parseYuan(text)
  return fen !== undefined && fen > 0 ? fen : undefined
}

/** 9876 basis points → "98.76%". */
export function percent(basisPoints: number): string {
  return `${Math.trunc(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}%`
}
