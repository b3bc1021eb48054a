import { useState } from 'react'
import type { SubjectMatch } from '@jiayuan/contracts'
import { messageOf } from '../../lib/api-error'
import { lookupSubjects } from './api'

/** A paged search of the meeting's voting subjects (committee only); "更多" appends the next page. */
export function useSubjectSearch(ids: { compoundId: string; meetingId: string }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<SubjectMatch[] | undefined>()
  const [next, setNext] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function search(more: boolean): Promise<void> {
    setBusy(true)
    setError(undefined)
    try {
      const q = query.trim()
      const page = await lookupSubjects(ids, { ...(q ? { q } : {}), ...(more && next ? { cursor: next } : {}) })
      setFound((old) => (more ? [...(old ?? []), ...page.subjects] : page.subjects))
      setNext(page.nextCursor)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return { query, setQuery, found, hasMore: next !== null, busy, error, search: () => void search(false), more: () => void search(true) }
}
