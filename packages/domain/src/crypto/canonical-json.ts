/** A JSON value as it may be hashed. `undefined` members are dropped, as `JSON.stringify` drops them. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined }

/** Keys are usually already in order (hashedForm lists them sorted): check in one pass before sorting. */
function sortedKeys(value: { [key: string]: JsonValue | undefined }): string[] {
  const keys = Object.keys(value)
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] ?? '') > (keys[i] ?? '')) return keys.sort()
  }
  return keys
}

/**
 * Deterministic JSON: object keys sorted by UTF-16 code unit, no whitespace, array order kept (callers sort
 * arrays whose order carries no meaning). Two parties serialising the same data get the same bytes, which
 * is what makes a published hash checkable (DOMAIN V5, V11). Built by concatenation, without intermediate
 * arrays, because ledger verification serialises every entry of the chain (issue #7).
 */
export function canonicalJson(value: JsonValue): string {
  if (typeof value === 'string' || value === null || typeof value === 'boolean') return JSON.stringify(value)
  if (typeof value === 'number') {
    // NaN and Infinity have no JSON form; emitting "null" would silently hash a different value.
    if (!Number.isFinite(value)) throw new TypeError(`cannot hash the number ${value}`)
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i] ?? null)
    return `${out}]`
  }
  let out = '{'
  for (const key of sortedKeys(value)) {
    const member = value[key]
    if (member === undefined) continue
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`
  }
  return `${out}}`
}
