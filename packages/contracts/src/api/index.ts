import type { Endpoint } from '../endpoint'
import * as assembly from './assembly'
import * as compound from './compound'
import * as identity from './identity'
import * as ledger from './ledger'
import * as reports from './reports'
import * as tickets from './tickets'

export { identity, compound, tickets, assembly, ledger, reports }

/** Every endpoint of the API, in one list: the server registers, documents and tests from it. */
export const endpoints: readonly Endpoint[] = [identity, compound, tickets, assembly, ledger, reports].flatMap((group) =>
  Object.values(group as Record<string, unknown>).filter(isEndpoint),
)

function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === 'object' && value !== null && 'path' in value && 'method' in value && 'access' in value
}
