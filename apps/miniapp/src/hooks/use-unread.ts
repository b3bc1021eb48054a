import { useEffect } from 'react'
import { inbox } from '@jiayuan/contracts'
import { call } from '../lib/api'
import { setTabBadge } from '../lib/tab-badge'
import { useRemote } from './use-remote'
import { useReloadOnShow } from './use-reload-on-show'

/** Unread messages, and of them those about the person's own reports (我的报修). */
const loadUnread = (compoundId: string) => call(inbox.inboxUnread, { params: { compoundId } })

/**
 * Unread messages in the current compound, for the badges (消息 at home, 报修 tab, 我的报修); refreshed whenever the page shows again. The 报修
 * tab carries the number of unread news about the person's own reports.
 */
export function useUnread(compoundId: string | undefined) {
  const unread = useRemote(() => (compoundId ? loadUnread(compoundId) : undefined), [compoundId])
  useReloadOnShow(unread.reload)
  const mine = unread.data?.mineUnread
  useEffect(() => {
    if (mine !== undefined) setTabBadge('repair', mine)
  }, [mine])
  return unread
}
