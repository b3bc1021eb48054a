import { lookupProxyHolders } from '../api'
import { usePagedSearch } from './use-paged-search'

/** A paged search of the compound's members who may hold a proxy (committee only). */
export function useHolderSearch(ids: { compoundId: string; meetingId: string }) {
  return usePagedSearch(async (query) => {
    const page = await lookupProxyHolders(ids, query)
    return { items: page.holders, nextCursor: page.nextCursor }
  })
}
