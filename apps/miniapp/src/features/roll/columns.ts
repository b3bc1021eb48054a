import { ROLL_COLUMN_LABEL } from '@jiayuan/contracts'

/** A column as a committee member reads it, with the code the file may use: `登记面积（registered_area）`. */
export function columnText(column: string | undefined): string {
  if (!column) return '—'
  const label = (ROLL_COLUMN_LABEL as Record<string, string>)[column]
  return label ? `${label}（${column}）` : column
}
