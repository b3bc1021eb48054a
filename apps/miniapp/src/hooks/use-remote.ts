import { useCallback, useEffect, useRef, useState } from 'react'
import { messageOf } from '../lib/api-error'

export interface Remote<T> {
  data?: T
  /** A sentence to show the person, never a code. */
  error?: string
  loading: boolean
  reload(): void
}

/**
 * Loads data for a page and reloads when `deps` change (e.g. the compound switch). An answer that arrives
 * after newer deps were asked for is dropped, so a quick switch never shows the old compound's data.
 * `load` returning undefined means "nothing to load" (e.g. not logged in yet).
 */
export function useRemote<T>(load: () => Promise<T> | undefined, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true })
  const [tick, setTick] = useState(0)
  const latest = useRef(0)
  const lastTick = useRef(0)

  useEffect(() => {
    const run = ++latest.current
    const pending = load()
    if (!pending) {
      setState({ loading: false })
      return
    }
    // A reload keeps what is on screen until the new answer comes; new deps (another compound) clear it.
    const isReload = tick !== lastTick.current
    lastTick.current = tick
    setState((s) => (isReload ? { ...s, loading: true } : { loading: true }))
    pending.then(
      (data) => run === latest.current && setState({ data, loading: false }),
      (err: unknown) => run === latest.current && setState({ error: messageOf(err), loading: false }),
    )
    // `load` is a new closure each render; `deps` say when it asks for something else.
  }, [...deps, tick])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { ...state, reload }
}
