const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'S' in v ? String((v as { S: unknown }).S) : undefined

type Item = Record<string, unknown> | undefined
/** The parts of a write command's input that name items (the SDK's own types, reduced to what is read here). */
interface WriteInput {
  Item?: Item
  Key?: Item
  TransactItems?: Array<{ Put?: { Item?: Item }; Update?: { Key?: Item }; Delete?: { Key?: Item } }>
  RequestItems?: Record<string, Array<{ PutRequest?: { Item?: Item }; DeleteRequest?: { Key?: Item } }>>
}

/** A command whose own `Key` names the item it writes (a GetItem's `Key` names one it reads). */
const KEYED_WRITE = /^(Update|Delete)(Item)?Command$/

/**
 * The keys a write command's input touches: Put, Update, Delete, transactions and batches, marshalled or not
 * (the client's middleware sees both). `commandName` is the SDK's (`UpdateItemCommand`); unknown, a `Key` counts
 * as written, which at worst makes a warm copy be read again once more.
 */
export function writtenKeys(input: unknown, commandName?: string): Array<{ PK: string; SK: string }> {
  if (!input || typeof input !== 'object') return []
  const w = input as WriteInput
  const keyed = commandName === undefined || KEYED_WRITE.test(commandName)
  const items: Item[] = [w.Item, keyed ? w.Key : undefined]
  for (const t of w.TransactItems ?? []) items.push(t.Put?.Item, t.Update?.Key, t.Delete?.Key)
  for (const requests of Object.values(w.RequestItems ?? {}))
    if (Array.isArray(requests)) for (const r of requests) items.push(r.PutRequest?.Item, r.DeleteRequest?.Key)
  const out: Array<{ PK: string; SK: string }> = []
  for (const item of items) {
    const PK = text(item?.PK)
    const SK = text(item?.SK)
    if (PK !== undefined && SK !== undefined) out.push({ PK, SK })
  }
  return out
}
