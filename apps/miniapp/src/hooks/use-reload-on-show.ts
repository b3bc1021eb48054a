import { useRef } from 'react'
import { useDidShow } from '../lib/page-life'

/** Calls `reload` when the person comes back to the page (not on its first show, which loads anyway). */
export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}
