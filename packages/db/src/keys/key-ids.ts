/** `PK|SK` of a key or item: one name for the item it addresses, e.g. to tell whether two writes touch the same one. */
export function keyId(key: { PK?: unknown; SK?: unknown }): string {
  return `${String(key.PK)}|${String(key.SK)}`
}

/**
 * The id a key part carries after its prefix (`ID#<entryId>` → `<entryId>`), or undefined when it has another
 * prefix: keys are built in this folder, so they are read back here too, not sliced by hand where they are used.
 */
export function idFromKey(part: unknown, prefix: string): string | undefined {
  const text = String(part)
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined
}
