export type QueryValues = Readonly<Record<string, string | number | boolean | undefined>>

/**
 * `{ id: 'm 1', seq: 12 }` → `'/page?id=m%201&seq=12'`: the one place a page link or an API call gets its query.
 * Undefined and empty values are left out, so an optional filter that is not set never reaches the other end.
 */
export function withQuery(path: string, query: QueryValues = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}
