import { useRemote } from '../../../hooks/use-remote'
import { loadLine } from '../api'

/** One ledger line by its seq, from the page's `?seq=`. */
export function useLine(compoundId: string | undefined, seq: number) {
  return useRemote(
    () => (compoundId && Number.isInteger(seq) && seq > 0 ? loadLine(compoundId, seq) : undefined),
    [compoundId, seq],
  )
}
