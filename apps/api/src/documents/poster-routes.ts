import { joining } from '@jiayuan/contracts'
import { getCompound } from '@jiayuan/db'
import { joinLink } from '@jiayuan/domain'
import { route } from '../http/route'
import { compoundCode } from '../wechat/compound-code'

/** The lobby poster (issue #12): in the documents function, which carries the PDF font. */
export const posterRoutes = [
  route(joining.compoundPoster, async ({ params, deps }) => {
    const [compound, qrPng, [{ posterPdf }, { reportFont }]] = await Promise.all([
      getCompound(deps.db, params.compoundId),
      compoundCode(deps, params.compoundId),
      Promise.all([import('../exports/pdf/poster-pdf'), import('../exports/pdf/report-font')]),
    ])
    const base = deps.config.H5_BASE_URL
    const link = base ? joinLink(base, compound.compoundId) : undefined
    const bytes = await posterPdf({ ...compound, qrPng, link }, reportFont(deps.config.REPORT_FONT_FILE))
    return { filename: `${compound.name}-小区码海报.pdf`, bytes }
  }),
]
