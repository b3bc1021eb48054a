import { JOIN_PAGE, joinScene } from '@jiayuan/domain'
import type { Deps } from '../deps'

/** WeChat's default; big enough to scan from a poster on a lobby wall. */
const CODE_WIDTH = 430

/** A compound's mini-program code: its id as the scene, opening the join page (the code page and the poster). */
export const compoundCode = (deps: Pick<Deps, 'qrCodes'>, compoundId: string) =>
  deps.qrCodes.unlimited({ scene: joinScene(compoundId), page: JOIN_PAGE, width: CODE_WIDTH })
