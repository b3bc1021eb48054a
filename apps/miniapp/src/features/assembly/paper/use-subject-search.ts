import { lookupSubjects } from '../api'
import { usePagedSearch } from './use-paged-search'

/** A paged search of the meeting's voting subjects (committee only). */
export function useSubjectSearch(ids: { compoundId: string; meetingId: string }) {
  return usePagedSearch(async (query) => {
    const page = await lookupSubjects(ids, query)
    return { items: page.subjects, nextCursor: page.nextCursor }
  })
}
