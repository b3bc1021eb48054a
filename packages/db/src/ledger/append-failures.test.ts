import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb'
import { StoreUnavailable, ledgerUnavailable, raceCodes } from './append-failures'

const $metadata = {}
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata,
    CancellationReasons: codes.map((Code) => ({ Code })),
  })

describe('raceCodes', () => {
  it('names a lost race: a failed condition or a conflicting transaction, nothing else', () => {
    expect(raceCodes(cancelled('ConditionalCheckFailed', 'None', 'None'))).toEqual([
      'ConditionalCheckFailed',
      'None',
      'None',
    ])
    expect(raceCodes(cancelled('None', 'TransactionConflict'))).toEqual(['None', 'TransactionConflict'])
  })

  it('is undefined for throttling inside a transaction and for every other failure, so they are not retried', () => {
    expect(raceCodes(cancelled('ThrottlingError', 'None'))).toBeUndefined()
    expect(raceCodes(cancelled('ConditionalCheckFailed', 'ProvisionedThroughputExceeded'))).toBeUndefined()
    expect(raceCodes(cancelled('None'))).toBeUndefined()
    expect(raceCodes(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata }))).toBeUndefined()
    expect(raceCodes(new Error('Number 4000000000000001 is greater than Number.MAX_SAFE_INTEGER'))).toBeUndefined()
  })
})

describe('ledgerUnavailable', () => {
  it('answers throttling and service errors with 503 and a retry hint', () => {
    for (const cause of [
      new ProvisionedThroughputExceededException({ message: 'slow down', $metadata }),
      new InternalServerError({ message: 'oops', $metadata }),
      cancelled('ThrottlingError'),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    ]) {
      const err = ledgerUnavailable('LedgerUnavailable', cause)
      expect(err).toBeInstanceOf(StoreUnavailable)
      expect(err).toMatchObject({ code: 'LedgerUnavailable', retryAfterSeconds: 2 })
    }
    expect(ledgerUnavailable('LedgerBusy')).toMatchObject({ code: 'LedgerBusy', retryAfterSeconds: 2 })
  })

  it('passes a defect through unchanged, so it is logged and answered 500 rather than retried', () => {
    const defect = new TypeError('cannot read properties of undefined')
    expect(ledgerUnavailable('LedgerUnavailable', defect)).toBe(defect)
  })
})
