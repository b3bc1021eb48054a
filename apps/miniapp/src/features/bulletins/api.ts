import { bulletins, type PostBulletinRequest } from '@jiayuan/contracts'
import { call } from '../../lib/api'

const PAGE = 20

/** The notices that reach the person and have not ended (the cards on home). */
export const loadCurrent = (compoundId: string) =>
  call(bulletins.currentBulletins, { params: { compoundId } }).then((r) => r.bulletins)

/** Staff and committee: every notice, newest first, with its read counts. */
export const loadBulletins = (compoundId: string, before?: string) =>
  call(bulletins.listBulletins, { params: { compoundId }, query: { limit: PAGE, ...(before ? { before } : {}) } })

export const loadScopes = (compoundId: string) =>
  call(bulletins.bulletinScopes, { params: { compoundId } }).then((r) => r.buildings)

export const postBulletin = (compoundId: string, body: PostBulletinRequest) =>
  call(bulletins.postBulletin, { params: { compoundId }, body })

/** Opening a notice: its full text, counted as read once for the people it is for. */
export const openBulletin = (compoundId: string, bulletinId: string) =>
  call(bulletins.readBulletin, { params: { compoundId, bulletinId } })

export const withdrawBulletin = (compoundId: string, bulletinId: string) =>
  call(bulletins.withdrawBulletin, { params: { compoundId, bulletinId } })
