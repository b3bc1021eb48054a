import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { loadUnread } from './api'

/** Unread messages in the current compound, for the badge; refreshed whenever the page shows again. */
export function useUnread(compoundId: string | undefined) {
  const unread = useRemote(() => (compoundId ? loadUnread(compoundId) : undefined), [compoundId])
  useReloadOnShow(unread.reload)
  return unread
}
