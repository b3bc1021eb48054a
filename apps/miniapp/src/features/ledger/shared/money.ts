import { parseYuan } from '@jiayuan/domain'

/** What a person typed as yuan ("1280", "1,280.5") as positive fen; undefined when it is not a clean amount. */
export function fenFromInput(text: string): number | undefined {
  const fen = parseYuan(text)
  return fen !== undefined && fen > 0 ? fen : undefined
}
