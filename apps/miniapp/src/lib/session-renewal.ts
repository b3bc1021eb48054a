/** Renew a token this long before it expires, so a page opened just before expiry does not fail half-way. */
export const RENEW_MARGIN_MS = 10 * 60_000

/** True when a token expiring at `expiresAt` should be renewed before the next call. */
export function needsRenewal(expiresAt: string | undefined, now: number, marginMs = RENEW_MARGIN_MS): boolean {
  if (!expiresAt) return false
  const at = Date.parse(expiresAt)
  return Number.isFinite(at) && at - now <= marginMs
}

/** Calls to the login endpoints themselves never wait for a renewal, or a renewal would wait for itself. */
export const isAuthPath = (path: string) => path.startsWith('/v1/auth/')

/** One run at a time: callers arriving while it runs share its answer (several calls finding the token stale). */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  return () => {
    running ??= run().finally(() => {
      running = undefined
    })
    return running
  }
}
