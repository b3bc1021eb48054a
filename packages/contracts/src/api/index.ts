import type { Endpoint } from '../endpoint'
import * as identity from './identity'
import * as compound from './compound'

export { identity, compound }

/** Every endpoint of the API, in one list: the server registers, documents and tests from it. */
export const endpoints: readonly Endpoint[] = [identity, compound].flatMap((group) =>
  Object.values(group as Record<string, unknown>).filter(isEndpoint),
)

function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === 'object' && value !== null && 'path' in value && 'method' in value && 'access' in value
}
