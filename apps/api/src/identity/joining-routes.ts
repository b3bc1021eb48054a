import { joining } from '@jiayuan/contracts'
import { getCompound, searchCompoundsByName } from '@jiayuan/db'
import { JOIN_PAGE, joinLink, joinScene } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { posterPdf } from '../exports/pdf/poster-pdf'
import { reportFont } from '../exports/pdf/report-font'
import { route } from '../http/route'

/** WeChat's default; big enough to scan from a poster on a lobby wall. */
const CODE_WIDTH = 430

const codeOf = (deps: Deps, compoundId: string) =>
  deps.qrCodes.unlimited({ scene: joinScene(compoundId), page: JOIN_PAGE, width: CODE_WIDTH })

const publicView = (c: { compoundId: string; name: string; address: string; street: string }) => ({
  compoundId: c.compoundId,
  name: c.name,
  address: c.address,
  street: c.street,
})

/** The way in for residents: a compound's code and poster, and what the join page shows before joining. */
export const joiningRoutes = [
  route(joining.compoundQr, async ({ params, deps }) => ({
    filename: `${params.compoundId}-qr.png`,
    bytes: await codeOf(deps, params.compoundId),
  })),

  route(joining.compoundPoster, async ({ params, deps }) => {
    const [compound, qrPng] = await Promise.all([
      getCompound(deps.db, params.compoundId),
      codeOf(deps, params.compoundId),
    ])
    const link = joinLink(deps.config.H5_BASE_URL, compound.compoundId)
    const bytes = await posterPdf({ ...compound, qrPng, link }, reportFont(deps.config.REPORT_FONT_FILE))
    return { filename: `${compound.name}-小区码海报.pdf`, bytes }
  }),

  route(joining.joinableCompound, async ({ params, deps }) =>
    publicView(await getCompound(deps.db, params.compoundId)),
  ),

  route(joining.searchCompounds, async ({ query, deps }) => ({
    compounds: (await searchCompoundsByName(deps.db, query.q, 20)).map(publicView),
  })),
]
