import { useState } from 'react'
import type { ProxyHolderMatch } from '@jiayuan/contracts'
import { messageOf } from '../../lib/api-error'
import { lookupProxyHolders } from './api'

/** A paged search of the compound's members who may hold a proxy (committee only); "更多" appends the next page. */
export function useHolderSearch(ids: { compoundId: string; meetingId: string }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<ProxyHolderMatch[] | undefined>()
  const [next, setNext] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function search(more: boolean): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const q = query.trim()
      const page = await lookupProxyHolders(ids, { ...(q ? { q } : {}), ...(more && next ? { cursor: next } : {}) })
      setFound((old) => (more ? [...(old ?? []), ...page.holders] : page.holders))
      setNext(page.nextCursor)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return { query, setQuery, found, hasMore: next !== null, busy, error, search: () => void search(false), more: () => void search(true) }
}
