import { useState } from 'react'
import { messageOf } from '../../../lib/api-error'

export interface SearchPage<T> {
  items: T[]
  nextCursor: string | null
}

/**
 * A paged search box for the committee's lookups (voting subjects, proxy holders): 查找 starts over from the
 * typed text, "更多" appends the next page.
 */
export function usePagedSearch<T>(fetchPage: (query: { q?: string; cursor?: string }) => Promise<SearchPage<T>>) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<T[] | undefined>()
  const [next, setNext] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function search(more: boolean): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const q = query.trim()
      const page = await fetchPage({ ...(q ? { q } : {}), ...(more && next ? { cursor: next } : {}) })
      setFound((old) => (more ? [...(old ?? []), ...page.items] : page.items))
      setNext(page.nextCursor)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return {
    query,
    setQuery,
    found,
    hasMore: next !== null,
    busy,
    error,
    search: () => void search(false),
    more: () => void search(true),
  }
}
