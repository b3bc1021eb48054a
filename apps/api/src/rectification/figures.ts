import { RectCard, type CompanyColour, type FigureBand, type RectificationNotice } from '@jiayuan/contracts'
import {
  compoundFactsSetAndAdd,
  compoundFactsUpdate,
  companyOfCompound,
  figureRefOf,
  getCompoundFacts,
  type FigureRef,
  listCompanyCompoundIds,
  listCompanyNotices,
  quarterCountsAdd,
  type TransactItem,
} from '@jiayuan/db'
import { companyColour, currentQuarter } from '@jiayuan/domain'
import type { Deps } from '../deps'

const carded = (n: RectificationNotice | undefined) => !!n?.trail.some((s) => RectCard.safeParse(s.kind).success)

/** The company's 四色 status with this notice as it will be, and the bands of its compounds (S2; absent: none). */
export async function colourWith(deps: Deps, next: RectificationNotice) {
  const [notices, compoundIds] = await Promise.all([
    listCompanyNotices(deps.db, next.companyId),
    listCompanyCompoundIds(deps.db, next.companyId),
  ])
  const others = notices.filter((n) => !(n.compoundId === next.compoundId && n.noticeId === next.noticeId))
  const refs = (await Promise.all(compoundIds.map((cid) => figureRefOf(deps.db, cid)))).filter((r) => r !== null)
  const facts = await Promise.all(refs.map((r) => getCompoundFacts(deps.db, r)))
  const colour = companyColour({ notices: [...others, next], bands: facts.map((f) => f.band?.band) })
  return { colour, refs, facts }
}

/**
 * The colour of the company serving a compound once this compound's band is `band` (S2 published, S3): the
 * company's open notices with the bands of its compounds, this one's replaced. Null when no company serves it.
 * `others` are the fact rows of its other compounds, which carry the colour too.
 */
export async function colourWithBand(
  deps: Deps,
  compoundId: string,
  band: FigureBand,
): Promise<{ colour: CompanyColour; others: FigureRef[] } | null> {
  const company = await companyOfCompound(deps.db, compoundId)
  if (!company) return null
  const [notices, compoundIds] = await Promise.all([
    listCompanyNotices(deps.db, company.companyId),
    listCompanyCompoundIds(deps.db, company.companyId),
  ])
  const others = (
    await Promise.all(compoundIds.filter((cid) => cid !== compoundId).map((cid) => figureRefOf(deps.db, cid)))
  ).filter((r) => r !== null)
  const facts = await Promise.all(others.map((r) => getCompoundFacts(deps.db, r)))
  const colour = companyColour({ notices, bands: [band, ...facts.map((f) => f.band?.band)] })
  return { colour, others }
}

/**
 * The street's rows a notice's change moves (OV1, OV2; this context is their only writer), as transaction
 * items for the change's own transaction: open and overdue counts and the company's colour on each of its
 * compounds; the quarter's notices issued and missed deadlines. A compound outside any street moves nothing.
 */
export async function noticeFigures(
  deps: Deps,
  before: RectificationNotice | undefined,
  next: RectificationNotice,
  now: Date,
): Promise<TransactItem[]> {
  const at = now.toISOString()
  const { colour, refs } = await colourWith(deps, next)
  const own = await figureRefOf(deps.db, next.compoundId)
  const open = (n: RectificationNotice | undefined) => (n && n.status !== 'closed' ? 1 : 0)
  const overdue = (n: RectificationNotice | undefined) => (n?.overdue ? 1 : 0)
  const items: TransactItem[] = refs
    .filter((r) => r.compoundId !== next.compoundId)
    .map((r) => compoundFactsUpdate(deps.db, r, { companyColour: colour }, at))
  if (!own) return items
  items.push(
    compoundFactsSetAndAdd(
      deps.db,
      own,
      { companyColour: colour },
      { openRectifications: open(next) - open(before), overdueRectifications: overdue(next) - overdue(before) },
      at,
    ),
  )
  const issued = before === undefined ? 1 : 0
  const missed = carded(next) && !carded(before) ? 1 : 0
  if (issued || missed)
    items.push(
      ...quarterCountsAdd(deps.db, own, currentQuarter(now), {
        rectificationsIssued: issued,
        rectificationsOverdue: missed,
      }),
    )
  return items
}
