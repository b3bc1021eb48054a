/**
 * An idempotency key for one form: made once when the form opens and sent with every retry, so a
 * request that reached the server but lost its answer does not create twice (DESIGN conventions).
 * Not a secret, so Math.random is enough; the time prefix keeps keys of different forms apart.
 */
export function newIdempotencyKey(): string {
  const random = Array.from({ length: 3 }, () => Math.random().toString(36).slice(2, 8)).join('')
  return `mp-${Date.now().toString(36)}-${random}`
}
