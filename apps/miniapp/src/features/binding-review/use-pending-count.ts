import { useRemote } from '../../hooks/use-remote'
import { loadPending } from './api'

/** How many binding requests wait for review; only asked for people who may review. */
export function usePendingCount(compoundId: string | undefined, mayReview: boolean) {
  return useRemote(
    () => (compoundId && mayReview ? loadPending(compoundId).then((list) => list.length) : undefined),
    [compoundId, mayReview],
  )
}
