import type { Endpoint } from '../endpoint'
import * as assembly from './assembly'
import * as bulletins from './bulletins'
import * as care from './care'
import * as compound from './compound'
import * as joining from './joining'
import * as identity from './identity'
import * as inbox from './inbox'
import * as ledger from './ledger'
import * as platform from './platform'
import * as reports from './reports'
import * as tickets from './tickets'
import * as governance from './governance'
import * as above from './above'
import * as neighbours from './neighbours'
import * as street from './street'
import * as rectification from './rectification'
import * as assessment from './assessment'

export {
  identity,
  compound,
  platform,
  joining,
  tickets,
  assembly,
  ledger,
  reports,
  inbox,
  bulletins,
  governance,
  above,
  care,
  neighbours,
  street,
  rectification,
  assessment,
}

/**
 * Every endpoint of the API, in one list: the server registers, documents and tests from it. Marked pure so a
 * Lambda bundle that never reads the list leaves the other contexts' contracts out (issue #7).
 */
export const endpoints: readonly Endpoint[] = /* @__PURE__ */ [
  identity,
  compound,
  platform,
  joining,
  tickets,
  assembly,
  ledger,
  reports,
  inbox,
  bulletins,
  governance,
  above,
  care,
  neighbours,
  street,
  rectification,
  assessment,
].flatMap((group) => Object.values(group as Record<string, unknown>).filter(isEndpoint))

function isEndpoint(value: unknown): value is Endpoint {
  return typeof value === 'object' && value !== null && 'path' in value && 'method' in value && 'access' in value
}
