/** A JSON value as it may be hashed. `undefined` members are dropped, as `JSON.stringify` drops them. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined }

/**
 * Deterministic JSON: object keys sorted by UTF-16 code unit, no whitespace, array order kept (callers sort
 * arrays whose order carries no meaning). Two parties serialising the same data get the same bytes, which
 * is what makes a published hash checkable (DOMAIN V5, V11).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form; emitting "null" would silently hash a different value.
    if (!Number.isFinite(value)) throw new TypeError(`cannot hash the number ${value}`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const keys = Object.keys(value).sort()
  const members: string[] = []
  for (const key of keys) {
    const member = value[key]
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`)
  }
  return `{${members.join(',')}}`
}
