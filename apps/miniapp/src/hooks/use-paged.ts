import { useCallback, useEffect, useRef, useState } from 'react'
import { messageOf } from '../lib/api-error'

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface Paged<T> {
  /** The pages read so far, joined. */
  items: T[]
  /** True until the first page has come. */
  loading: boolean
  /** A further page is on its way (加载更多 shows it). */
  loadingMore: boolean
  /** A sentence to show the person, never a code. */
  error?: string
  /** More pages wait on the server. */
  more: boolean
  loadMore(): void
  reload(): void
}

/**
 * A list the server answers a page at a time (the ledger month's lines, the roll): the first page when the page
 * opens or `deps` change, the next one on 加载更多 or when the person scrolls to the bottom. An answer that
 * arrives after newer deps were asked for is dropped, so a quick switch never mixes two lists.
 */
export function usePaged<T>(
  load: (cursor?: string) => Promise<Page<T>> | undefined,
  deps: readonly unknown[],
): Paged<T> {
  const [state, setState] = useState<{
    items: T[]
    next: string | null
    loading: boolean
    fetching: boolean
    error?: string
  }>({ items: [], next: null, loading: true, fetching: false })
  const [tick, setTick] = useState(0)
  const run = useRef(0)
  const busy = useRef(false)

  useEffect(() => {
    const mine = ++run.current
    const pending = load()
    if (!pending) {
      setState({ items: [], next: null, loading: false, fetching: false })
      return
    }
    busy.current = true
    setState({ items: [], next: null, loading: true, fetching: false })
    pending.then(
      (page) => {
        if (mine !== run.current) return
        busy.current = false
        setState({ items: page.items, next: page.nextCursor, loading: false, fetching: false })
      },
      (err: unknown) => {
        if (mine !== run.current) return
        busy.current = false
        setState({ items: [], next: null, loading: false, fetching: false, error: messageOf(err) })
      },
    )
    // `load` is a new closure each render; `deps` say when it asks for something else.
  }, [...deps, tick])

  const loadMore = useCallback(() => {
    if (busy.current || state.next === null) return
    const mine = run.current
    const pending = load(state.next)
    if (!pending) return
    busy.current = true
    setState((s) => ({ ...s, fetching: true, error: undefined }))
    pending.then(
      (page) => {
        if (mine !== run.current) return
        busy.current = false
        setState((s) => ({
          items: [...s.items, ...page.items],
          next: page.nextCursor,
          loading: false,
          fetching: false,
        }))
      },
      (err: unknown) => {
        if (mine !== run.current) return
        busy.current = false
        setState((s) => ({ ...s, fetching: false, error: messageOf(err) }))
      },
    )
  }, [state.next, load])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  return {
    items: state.items,
    loading: state.loading,
    loadingMore: state.fetching,
    more: state.next !== null,
    ...(state.error !== undefined ? { error: state.error } : {}),
    loadMore,
    reload,
  }
}
