import { joining } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { joinLink } from '@jiayuan/domain'
import { posterPdf } from '../exports/pdf/poster-pdf'
import { reportFont } from '../exports/pdf/report-font'
import { route } from '../http/route'
import { compoundCode } from '../wechat/compound-code'

/** The lobby poster (issue #12): in the reports function, which carries the PDF font like the monthly report. */
export const posterRoutes = [
  route(joining.compoundPoster, async ({ params, deps }) => {
    const [compound, qrPng] = await Promise.all([
      getCompound(deps.db, params.compoundId),
      compoundCode(deps, params.compoundId),
    ])
    const base = deps.config.H5_BASE_URL
    const link = base ? joinLink(base, compound.compoundId) : undefined
    const bytes = await posterPdf({ ...compound, qrPng, link }, reportFont(deps.config.REPORT_FONT_FILE))
    return { filename: `${compound.name}-小区码海报.pdf`, bytes }
  }),
]
