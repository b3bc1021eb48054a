import type { RectificationNotice, RectificationRow, RectificationView, RectFilter } from '@jiayuan/contracts'
import { maskPhonesInText } from '@jiayuan/domain'
import type { Deps } from '../deps'

/**
 * A notice as a reader sees it. Evidence is public and the issuer named (DOMAIN S3); user ids never leave the
 * server; residents read free text with any phone number masked (P1) and the linked report carries no reporter.
 */
function readable(n: RectificationNotice, masked: boolean): RectificationNotice {
  if (!masked) return n
  const mask = (t: string | undefined) => (t === undefined ? undefined : maskPhonesInText(t))
  return {
    ...n,
    text: maskPhonesInText(n.text),
    ...(n.ticket ? { ticket: { ...n.ticket, description: maskPhonesInText(n.ticket.description) } } : {}),
    trail: n.trail.map((s) => (s.note === undefined ? s : { ...s, note: mask(s.note) ?? '' })),
  }
}

export function rowOf(n: RectificationNotice, masked: boolean): RectificationRow {
  const { trail: _trail, issuer, ...rest } = readable(n, masked)
  const { userId: _userId, ...named } = issuer
  return { ...rest, issuer: named }
}

export async function viewOf(deps: Deps, n: RectificationNotice, masked: boolean): Promise<RectificationView> {
  const shown = readable(n, masked)
  const keys = [
    ...shown.evidenceKeys,
    ...(shown.ticket?.photoKeys ?? []),
    ...shown.trail.flatMap((s) => s.photoKeys ?? []),
  ]
  const urls = await Promise.all([...new Set(keys)].map(async (k) => [k, await deps.files.presignGet(k)] as const))
  return { ...rowOf(n, masked), trail: shown.trail, photoUrls: Object.fromEntries(urls) }
}

/** The list filters: open (owing a reply or awaiting 回头看), overdue (past the deadline without a reply), closed. */
export function matches(n: RectificationNotice, filter: RectFilter): boolean {
  if (filter === 'open') return n.status !== 'closed'
  if (filter === 'overdue') return n.status === 'open' && n.overdue
  if (filter === 'closed') return n.status === 'closed'
  return true
}
