import { rectification as api, type PropertyCompany } from '@jiayuan/contracts'
import {
  companyOfCompound,
  figureRefOf,
  getCompany,
  getCompoundFacts,
  getCompound,
  linkCompoundCompany,
  listCompanyCompoundIds,
  listCompanyNotices,
  listStreetCompanies,
  listStreetNotices,
  newId,
} from '@jiayuan/db'
import { InvalidInput, NotFound, companyColour } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { matches, rowOf } from './view'

async function compoundCompany(deps: Deps, compoundId: string) {
  const [current, ref] = await Promise.all([companyOfCompound(deps.db, compoundId), figureRefOf(deps.db, compoundId)])
  const choices = ref ? await listStreetCompanies(deps.db, ref.streetId) : current ? [current] : []
  return { current: current ?? null, choices }
}

/** The property company as an organisation (S3): linked to compounds, its desk, and the street's list. */
export const companyRoutes = [
  route(api.getCompoundCompany, async (ctx) => compoundCompany(ctx.deps, ctx.params.compoundId)),

  route(api.setCompoundCompany, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { deps, body } = ctx
    const { compoundId } = ctx.params
    const { current, choices } = await compoundCompany(deps, compoundId)
    let company: PropertyCompany | undefined
    let create = false
    if (body.companyId) {
      company = await getCompany(deps.db, body.companyId)
      if (!company) {
        const message = '找不到这家物业企业'
        throw new InvalidInput(`body.companyId: ${message}`, [{ field: 'body.companyId', message }])
      }
    } else {
      // The same name typed again is the company already serving the street, not a second one.
      company = choices.find((c) => c.name === body.name)
      if (!company) {
        company = { companyId: `co${newId()}`, name: body.name ?? '' }
        create = true
      }
    }
    const ref = await figureRefOf(deps.db, compoundId)
    await linkCompoundCompany(deps.db, {
      compoundId,
      company,
      create,
      ...(current ? { previous: current } : {}),
      ...(ref ? { streetId: ref.streetId } : {}),
      event: { actorId: userId, at: ctx.now.toISOString(), reason: body.reason },
    })
    return compoundCompany(deps, compoundId)
  }),

  route(api.streetNotices, async (ctx) => {
    const notices = await listStreetNotices(ctx.deps.db, ctx.params.streetId)
    return { notices: notices.filter((n) => matches(n, ctx.query.filter)).map((n) => rowOf(n, false)), company: null }
  }),

  route(api.companyDesk, async (ctx) => {
    const { db } = ctx.deps
    const company = await getCompany(db, ctx.params.companyId)
    if (!company) throw new NotFound('物业企业')
    const [notices, compoundIds] = await Promise.all([
      listCompanyNotices(db, company.companyId),
      listCompanyCompoundIds(db, company.companyId),
    ])
    const compounds = await Promise.all(compoundIds.map((cid) => getCompound(db, cid)))
    const bands = await Promise.all(
      compoundIds.map(async (cid) => {
        const ref = await figureRefOf(db, cid)
        return ref ? (await getCompoundFacts(db, ref)).band?.band : undefined
      }),
    )
    return {
      company,
      colour: companyColour({ notices, bands }),
      compounds: compoundIds.map((cid, i) => ({
        compoundId: cid,
        name: compounds.find((c) => c.compoundId === cid)?.name ?? cid,
        ...(bands[i] ? { band: bands[i] } : {}),
      })),
      notices: notices.filter((n) => matches(n, ctx.query.filter)).map((n) => rowOf(n, false)),
    }
  }),
]
