import type { RectificationNotice } from '@jiayuan/contracts'
import { getNotice, saveNotice } from '@jiayuan/db'
import { Conflict, NotFound } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { noticeFigures } from './figures'
import { noticeMessages } from './messages'

export async function mustNotice(deps: Deps, compoundId: string, noticeId: string): Promise<RectificationNotice> {
  const notice = await getNotice(deps.db, compoundId, noticeId)
  if (!notice) throw new NotFound('整改通知')
  return notice
}

/**
 * Writes a notice's next state on the version read, with its event, the messages of those it concerns and the
 * street's figures, in one transaction; false when another change landed first (nothing of this one is kept).
 */
export async function writeNotice(
  deps: Deps,
  before: RectificationNotice | undefined,
  next: RectificationNotice,
  actorId: string,
  action: string,
  now: Date,
  reason?: string,
): Promise<boolean> {
  const at = now.toISOString()
  const [figures, messages] = await Promise.all([
    noticeFigures(deps, before, next, now),
    noticeMessages(deps, next, actorId, at),
  ])
  return saveNotice(deps.db, {
    notice: next,
    expected: before?.version,
    event: { action, actorId, at, ...(reason ? { reason } : {}) },
    messages,
    figures,
  })
}

/** A person's change of a notice: decided by the domain on what was read; a lost race is a 409. */
export async function changeNotice(
  deps: Deps,
  params: { compoundId: string; noticeId: string },
  actorId: string,
  action: string,
  now: Date,
  decide: (notice: RectificationNotice) => RectificationNotice | Promise<RectificationNotice>,
  reason?: (next: RectificationNotice) => string | undefined,
): Promise<RectificationNotice> {
  const before = await mustNotice(deps, params.compoundId, params.noticeId)
  const next = await decide(before)
  if (!(await writeNotice(deps, before, next, actorId, action, now, reason?.(next))))
    throw new Conflict('NoticeChanged', '整改通知已有新进展，请刷新后再操作')
  return next
}
