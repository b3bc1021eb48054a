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
  /** Starts the list again from its first page, empty until it comes (another list, or a hard retry). */
  reload(): void
  /**
   * Reads again as many rows as are shown, keeping them on screen until the answer is whole, then shows it in
   * their place (the page shown again, a row changed by the person): no blank, no stale status left standing.
   */
  refresh(): void
  /** Tries again whatever last failed: the first page, the next one, or a refresh. */
  retry(): void
}

type Step = 'first' | 'more' | 'refresh'

/**
 * A list the server answers a page at a time (the ledger month's lines, 我的报修): the first page when the page
 * opens or `deps` change, the next one on 加载更多 or when the person scrolls to the bottom. An answer that
 * arrives after newer deps were asked for is dropped, so a quick switch never mixes two lists. `load` may be
 * told how many rows are wanted (`size`, for a refresh of several pages' worth); it may answer fewer, and the
 * refresh then reads on from its cursor.
 */
export function usePaged<T>(
  load: (cursor?: string, size?: number) => Promise<Page<T>> | undefined,
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
  const failed = useRef<Step>('first')
  // A refresh is called from page-show callbacks that may hold an older render's closure: it reads these.
  const latest = useRef({ state, load })
  latest.current = { state, load }

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
        failed.current = 'first'
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
        failed.current = 'more'
        setState((s) => ({ ...s, fetching: false, error: messageOf(err) }))
      },
    )
  }, [state.next, load])

  const reload = useCallback(() => setTick((t) => t + 1), [])

  const refresh = useCallback(() => {
    const { state: now, load: read } = latest.current
    // The first page is still on its way (it is fresh), or there is none to refresh.
    if (now.loading) return
    const want = Math.max(now.items.length, 1)
    // Newer than any 加载更多 in flight: its page would join rows about to be replaced.
    const mine = ++run.current
    busy.current = true
    setState((s) => ({ ...s, fetching: false, error: undefined }))
    void (async () => {
      const items: T[] = []
      let next: string | null = null
      try {
        do {
          const pending = read(next ?? undefined, want - items.length)
          if (!pending) break
          const page = await pending
          if (mine !== run.current) return
          items.push(...page.items)
          next = page.nextCursor
        } while (next !== null && items.length < want)
      } catch (err) {
        if (mine !== run.current) return
        busy.current = false
        failed.current = 'refresh'
        setState((s) => ({ ...s, fetching: false, error: messageOf(err) }))
        return
      }
      if (mine !== run.current) return
      busy.current = false
      setState({ items, next, loading: false, fetching: false })
    })()
  }, [])

  const retry = useCallback(() => {
    if (failed.current === 'first') reload()
    else if (failed.current === 'more') loadMore()
    else refresh()
  }, [reload, loadMore, refresh])
  return {
    items: state.items,
    loading: state.loading,
    loadingMore: state.fetching,
    more: state.next !== null,
    ...(state.error !== undefined ? { error: state.error } : {}),
    loadMore,
    reload,
    refresh,
    retry,
  }
}
