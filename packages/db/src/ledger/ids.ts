import { createHash } from 'node:crypto'

/**
 * Entry ids that follow from what makes a posting unique, so a retried request lands on the same id and the
 * chain's id item refuses it: the bank reference when there is one (a payment recorded by hand and again
 * from the bank's file is one payment), otherwise the caller's idempotency key, scoped to the caller.
 */
export function postingId(
  prefix: string,
  compoundId: string,
  unique: { reference?: string; actorId: string; idempotencyKey: string },
): string {
  const basis =
    unique.reference !== undefined ? `ref|${unique.reference}` : `key|${unique.actorId}|${unique.idempotencyKey}`
  return `${prefix}_${createHash('sha256').update(`${compoundId}|${basis}`).digest('hex').slice(0, 32)}`
}

export function fileHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
