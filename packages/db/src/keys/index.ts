import { aboveKeys } from './above'
import { assessmentKeys } from './assessment'
import { assemblyKeys } from './assembly'
import { careKeys } from './care'
import { governanceKeys } from './governance'
import { identityKeys } from './identity'
import { ledgerKeys } from './ledger'
import { neighbourKeys } from './neighbours'
import { noticeKeys } from './notices'
import { gradingKeys, oversightKeys } from './oversight'
import { rectificationKeys } from './rectification'
import { reportKeys } from './reports'
import { tableMetaKeys } from './table-meta'
import { ticketKeys } from './tickets'
import { transportKeys } from './transport'

/**
 * Every key of the table is built in this folder and nowhere else, one module per bounded context. The
 * access patterns they serve are listed in packages/db/README.md.
 */
export const keys = {
  ...identityKeys,
  ...ticketKeys,
  ...assemblyKeys,
  ...ledgerKeys,
  ...reportKeys,
  ...noticeKeys,
  ...governanceKeys,
  ...careKeys,
  ...neighbourKeys,
  ...transportKeys,
  ...aboveKeys,
  ...oversightKeys,
  ...gradingKeys,
  ...rectificationKeys,
  ...assessmentKeys,
  ...tableMetaKeys,
}

export { idFromKey, keyId } from './key-ids'
