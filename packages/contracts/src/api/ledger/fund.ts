// Endpoints of the maintenance fund (专项维修资金, DOMAIN F11) as a household reads it.
import { endpoint } from '../../endpoint'
import { CompoundParams } from '../../common'
import { MyFund } from '../../ledger'
import { context, base } from './shared'

export const myFund = endpoint({
  id: 'ledger.fund.mine',
  method: 'get',
  path: `${base}/fund/mine`,
  summary: "The caller's own units: their building's maintenance fund and every payout charged to them by area",
  context,
  access: { kind: 'compound', roles: ['owner'] },
  params: CompoundParams,
  response: MyFund,
})
