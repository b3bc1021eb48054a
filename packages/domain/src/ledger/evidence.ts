import type { Evidence, EvidenceKind } from '@jiayuan/contracts'
import { EvidenceKind as EvidenceKinds } from '@jiayuan/contracts'

/**
 * On the chain an attachment is written `<kind>:<upload key>`, so which file is the invoice and which the
 * acceptance record is covered by the hash as well (F3, F10). Upload keys never contain a colon.
 */
export function evidenceRef(evidence: Evidence): string {
  return `${evidence.kind}:${evidence.key}`
}

export function parseEvidenceRef(ref: string): Evidence {
  const colon = ref.indexOf(':')
  const kind = ref.slice(0, colon)
  if (colon > 0 && (EvidenceKinds.options as readonly string[]).includes(kind)) {
    return { kind: kind as EvidenceKind, key: ref.slice(colon + 1) }
  }
  return { kind: 'other', key: ref }
}
