import { useRef } from 'react'
import { useDidHide, useDidShow } from '../lib/page-life'

/**
 * Calls `reload` when the person comes back to the page: a show after the page was hidden (another page opened
 * over it, another tab), never its first show, which loads anyway. Counted from the hide rather than from a first
 * show, because a part that mounts once the page's own data is in (我的报修 under the categories) misses the
 * page's first show and would otherwise take the first return for it, showing what it had before.
 */
export function useReloadOnShow(reload: () => void): void {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (hidden.current) reload()
    hidden.current = false
  })
}
