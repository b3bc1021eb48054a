import { joining } from '@jiayuan/contracts'
import { getCompound, searchCompoundsByName } from '@jiayuan/db'
import { route } from '../http/route'
import { compoundCode } from '../wechat/compound-code'

const publicView = (c: { compoundId: string; name: string; address: string; street: string }) => ({
  compoundId: c.compoundId,
  name: c.name,
  address: c.address,
  street: c.street,
})

/** The way in for residents: a compound's code, and what the join page shows before joining (the poster: reports). */
export const joiningRoutes = [
  route(joining.compoundQr, async ({ params, deps }) => ({
    filename: `${params.compoundId}-qr.png`,
    bytes: await compoundCode(deps, params.compoundId),
  })),

  route(joining.joinableCompound, async ({ params, deps }) =>
    publicView(await getCompound(deps.db, params.compoundId)),
  ),

  route(joining.searchCompounds, async ({ query, deps }) => ({
    compounds: (await searchCompoundsByName(deps.db, query.q, 20)).map(publicView),
  })),
]
