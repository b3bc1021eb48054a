import type { InboxMessage } from '@jiayuan/contracts'
import { getMembership, type InboxDelivery } from '@jiayuan/db'
import type { Deps } from '../deps'

/**
 * Who of these people is not a member of the compound (a property company's user, street or community staff, a
 * department's user: DOMAIN G4, S3, T12): they cannot open the compound's inbox, so their messages go to their
 * personal inbox (`inbox.personal`), read from their console.
 */
export async function outsiders(deps: Deps, compoundId: string, userIds: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(userIds)]
  const found = await Promise.all(unique.map((id) => getMembership(deps.db, id, compoundId)))
  return new Set(unique.filter((_, i) => found[i] === undefined))
}

/** One delivery per person about one compound, each to the inbox they can open (T9). */
export async function deliveries(
  deps: Deps,
  compoundId: string,
  people: readonly string[],
  message: (userId: string) => InboxMessage,
): Promise<InboxDelivery[]> {
  const away = await outsiders(deps, compoundId, people)
  return people.map((userId) => ({ userId, message: message(userId), ...(away.has(userId) ? { personal: true } : {}) }))
}
