import { PRIVACY_GUIDE_VERSION, compound, fillPath, joining } from '@jiayuan/contracts'
import { call } from '../../lib/api'

export const loadJoinable = (compoundId: string) => call(joining.joinableCompound, { params: { compoundId } })

export const searchCompounds = (q: string) => call(joining.searchCompounds, { query: { q } }).then((r) => r.compounds)

/** Joins, saying which privacy guide the person just agreed to (DOMAIN W3); the API records it. */
export const joinCompound = (compoundId: string) =>
  call(compound.joinCompound, { params: { compoundId }, body: { privacyGuideVersion: PRIVACY_GUIDE_VERSION } })

/** Paths of the code and the poster, for the image loader and the file download. */
export const qrPath = (compoundId: string) => fillPath(joining.compoundQr.path, { compoundId })
export const posterPath = (compoundId: string) => fillPath(joining.compoundPoster.path, { compoundId })
