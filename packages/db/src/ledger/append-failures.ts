import { cancellationCodes } from '../transact'

/**
 * How long the appender keeps retrying lost races for one group before answering 503: well under the API
 * Lambda's 10 s timeout (infra node-function.ts), so the caller always gets an answer it can act on.
 */
export const RETRY_BUDGET_MS = 3_000
const RETRY_AFTER_SECONDS = 2

/** Cancellation reasons that mean another writer got there first, so a try against the new head may succeed. */
const RACE_REASONS = new Set(['ConditionalCheckFailed', 'TransactionConflict', 'None'])

/** Failures that say "not now" (after the SDK's own retries), not "never": throttling and service errors. */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
  'TransactionCanceledException',
  'TimeoutError',
])

/** The cancellation codes of a transaction that lost a race, and only then; undefined for any other failure. */
export function raceCodes(err: unknown): string[] | undefined {
  const codes = cancellationCodes(err)
  if (codes === undefined) return undefined
  return codes.some((c) => c !== 'None') && codes.every((c) => RACE_REASONS.has(c)) ? codes : undefined
}

function isTransient(err: unknown): boolean {
  const e = err as { name?: string; $fault?: string; code?: string }
  return (
    TRANSIENT.has(e.name ?? '') || e.$fault === 'server' || ['ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(e.code ?? '')
  )
}

/**
 * The store was busy (races lost for the whole budget) or failing after the SDK's retries: a db-level outcome
 * that the API answers with 503 and a retry hint (apps/api/src/http/errors.ts), since the same request, same
 * entry id, lands once later.
 */
export class StoreUnavailable extends Error {
  constructor(
    readonly code: 'LedgerBusy' | 'LedgerUnavailable',
    readonly retryAfterSeconds: number,
  ) {
    super(
      code === 'LedgerBusy' ? 'ledger races lost for the whole retry budget' : 'the store failed after the SDK retries',
    )
    // Named by its code, as named errors are, so logs and callers read `LedgerBusy`.
    this.name = code
  }
}

/**
 * What a posting that could not be written answers: StoreUnavailable when the store was busy or failing, or
 * the error itself when it is a defect, so it is logged and answered with the generic 500 instead of inviting
 * a retry that would fail the same way.
 */
export function ledgerUnavailable(code: 'LedgerBusy' | 'LedgerUnavailable', cause?: unknown): unknown {
  if (cause !== undefined && !isTransient(cause)) return cause
  return new StoreUnavailable(code, RETRY_AFTER_SECONDS)
}

/**
 * A write that had to hold with the entry did not (its condition failed); nothing was written. A db-level
 * outcome: the caller says what it means (a bill that changed, an expense approved meanwhile).
 */
export class PostingRejected extends Error {
  override readonly name = 'PostingRejected'
  constructor(readonly writeIndex: number) {
    super(`a write that had to hold with the entry was refused (write ${writeIndex})`)
  }
}

/** A posting that had to be the chain's first (`onlyFirst`) found entries there; nothing was written. */
export class ChainNotEmpty extends Error {
  override readonly name = 'ChainNotEmpty'
  constructor() {
    super('the chain already has entries')
  }
}
