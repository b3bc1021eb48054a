import { governance, type JointParty, type Minutes } from '@jiayuan/contracts'
import {
  addJointMeetingAddendum,
  getTickets,
  getUser,
  inboxItem,
  listPartyVersions,
  newDecisionPuts,
  saveJointMeeting,
  type StoredDecision,
  type StoredJointMeeting,
} from '@jiayuan/db'
import {
  assertNotLocked,
  checkMinutes,
  confirmsForBranch,
  confirmPlan,
  Conflict,
  Forbidden,
  InvalidInput,
  shanghaiDate,
} from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { requesterMessages } from './decision-messages'
import { changedMeanwhile, loadMeeting, viewOf } from './load'
import type { Deps } from '../deps'

/** The decisions of locked minutes as they enter the ledger (G3), each open until its owner reports. */
function decisionsOf(meeting: StoredJointMeeting, at: string): StoredDecision[] {
  return meeting.minutes.decisions.map((d) => ({
    ...d,
    compoundId: meeting.compoundId,
    meetingId: meeting.meetingId,
    meetingTitle: meeting.title,
    status: 'open',
    progress: [],
    madeAt: at,
    version: 1,
  }))
}

/** For the Party branch only its recorded secretary confirms (the members are listed, the secretary signs). */
async function confirmingParties(deps: Deps, compoundId: string, userId: string, parties: JointParty[]) {
  if (!parties.includes('party_branch')) return parties
  const { branch } = await listPartyVersions(deps.db, compoundId)
  return confirmsForBranch(userId, branch[0]?.record) ? parties : parties.filter((p) => p !== 'party_branch')
}

/** A decision settles only this compound's tickets: an unknown one is refused by its field, nothing written. */
async function assertTicketsExist(deps: Deps, compoundId: string, decisions: Minutes['decisions']): Promise<void> {
  const wanted = [...new Set(decisions.flatMap((d) => d.ticketIds))]
  const found = new Set((await getTickets(deps.db, compoundId, wanted)).map((t) => t.ticketId))
  decisions.forEach((d, i) =>
    d.ticketIds.forEach((id, j) => {
      if (found.has(id)) return
      const field = `decisions.${i}.ticketIds.${j}`
      throw new InvalidInput(`${field}: 没有这张工单`, [{ field, message: '没有这张工单' }])
    }),
  )
}

export const minutesRoutes = [
  route(governance.saveMinutes, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const loaded = await loadMeeting(ctx.deps, ctx.params, { userId, roles: ctx.member.roles })
    const { meeting } = loaded
    assertNotLocked(meeting.status)
    if (ctx.body.expectedRevision !== meeting.revision) changedMeanwhile()
    if (meeting.confirmations.length > 0)
      throw new Conflict('MinutesConfirming', '已有一方确认了这份纪要，不能再改；如需更正请在锁定后添加补充说明')
    const { expectedRevision: _r, ...minutes } = ctx.body
    await assertTicketsExist(ctx.deps, ctx.params.compoundId, minutes.decisions)
    const next = {
      ...meeting,
      minutes: checkMinutes(minutes, meeting.agenda, shanghaiDate(meeting.startsAt)),
      revision: meeting.revision + 1,
    }
    const saved = await saveJointMeeting(ctx.deps.db, next, meeting.revision, {
      action: 'joint_meeting.minutes',
      actorId: userId,
      at: ctx.now.toISOString(),
    })
    if (!saved) changedMeanwhile()
    return viewOf({ ...loaded, meeting: next })
  }),

  // G2: each party confirms once; the last confirmation locks the minutes and, in the same transaction, puts
  // their decisions into the ledger and tells the requesters of the tickets they settle.
  route(governance.confirmMinutes, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const loaded = await loadMeeting(ctx.deps, ctx.params, { userId, roles: ctx.member.roles })
    const { meeting } = loaded
    const party = ctx.body.party
    const { locks } = confirmPlan(meeting, party, await confirmingParties(ctx.deps, compoundId, userId, loaded.parties))
    const at = ctx.now.toISOString()
    const name = (await getUser(ctx.deps.db, userId))?.displayName ?? '—'
    const next: StoredJointMeeting = {
      ...meeting,
      confirmations: [...meeting.confirmations, { party, userId, name, at }],
      revision: meeting.revision + 1,
      ...(locks ? { status: 'locked' as const, lockedAt: at } : {}),
    }
    const decisions = locks ? decisionsOf(meeting, at) : []
    const messages = (
      await Promise.all(decisions.map((d) => requesterMessages(ctx.deps, d, 'decision_made', at)))
    ).flat()
    const saved = await saveJointMeeting(
      ctx.deps.db,
      next,
      meeting.revision,
      { action: locks ? 'joint_meeting.locked' : 'joint_meeting.confirmed', actorId: userId, at, reason: party },
      [
        ...decisions.flatMap((d) => newDecisionPuts(ctx.deps.db, d)),
        ...messages.map((m) => ({ Put: { TableName: ctx.deps.db.table, Item: inboxItem(m.userId, m.message) } })),
      ],
    )
    if (!saved) changedMeanwhile()
    return viewOf({ ...loaded, meeting: next })
  }),

  // A correction to locked minutes is an addendum beside them; the minutes never change (G2).
  route(governance.addAddendum, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const loaded = await loadMeeting(ctx.deps, ctx.params, { userId, roles: ctx.member.roles })
    const { meeting } = loaded
    if (loaded.parties.length === 0) throw new Forbidden('只有参会各方可以补充说明')
    if (meeting.status !== 'locked') throw new Conflict('MinutesNotLocked', '纪要尚未锁定，请直接修改纪要')
    const byName = (await getUser(ctx.deps.db, userId))?.displayName ?? '—'
    const next = {
      ...meeting,
      addenda: [...meeting.addenda, { text: ctx.body.text, byName, at: ctx.now.toISOString() }],
      revision: meeting.revision + 1,
    }
    if (!(await addJointMeetingAddendum(ctx.deps.db, next, meeting.revision, userId))) changedMeanwhile()
    return viewOf({ ...loaded, meeting: next })
  }),
]
