import { above, type StreetCompound } from '@jiayuan/contracts'
import { getCommunity, getStreet, listCommunityCompounds, listStreetCommunityIds } from '@jiayuan/db'
import { NotFound, byZh } from '@jiayuan/domain'
import { route } from '../http/route'

/** The street's view (DOMAIN G4): the compounds of its communities, each a door to its governance read views. */
export const streetRoutes = [
  route(above.streetCompounds, async (ctx) => {
    const { db } = ctx.deps
    const street = await getStreet(db, ctx.params.streetId)
    if (!street) throw new NotFound('街道')
    const communityIds = await listStreetCommunityIds(db, street.streetId)
    const perCommunity = await Promise.all(
      communityIds.map(async (communityId): Promise<StreetCompound[]> => {
        const [community, compounds] = await Promise.all([
          getCommunity(db, communityId),
          listCommunityCompounds(db, communityId),
        ])
        return compounds.map((c) => ({ ...c, communityId, communityName: community.name }))
      }),
    )
    const compounds = perCommunity.flat().sort((a, b) => byZh(a.communityName, b.communityName) || byZh(a.name, b.name))
    return { street, compounds }
  }),
]
