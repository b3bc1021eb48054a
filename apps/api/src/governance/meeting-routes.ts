import { createHash } from 'node:crypto'
import { governance } from '@jiayuan/contracts'
import { createJointMeeting, getJointMeeting, getUser, listJointMeetings, saveJointMeeting } from '@jiayuan/db'
import { assertNotLocked, checkAgenda, checkMeetingNotice, draftAgenda, partiesOf } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { agendaSources } from './agenda-sources'
import { changedMeanwhile, loadMeeting, viewOf } from './load'
import { speaksFor } from './speaks-for'

export const meetingRoutes = [
  route(governance.listJointMeetings, async ({ params, deps }) => ({
    meetings: (await listJointMeetings(deps.db, params.compoundId)).map((m) => ({
      meetingId: m.meetingId,
      kind: m.kind,
      title: m.title,
      startsAt: m.startsAt,
      place: m.place,
      status: m.status,
    })),
  })),

  // G2: at least 3 days' notice; the agenda is drafted from the compound's open problems, first item the
  // previous minutes. A retry with the same key returns the meeting first made.
  route(governance.scheduleJointMeeting, async (ctx) => {
    const { compoundId } = ctx.params
    const { userId } = mustCaller(ctx)
    const caller = { userId, roles: ctx.member.roles }
    const meetingId = createHash('sha256')
      .update(`${userId}:${compoundId}:${ctx.body.idempotencyKey}`)
      .digest('hex')
      .slice(0, 20)
    const existing = await getJointMeeting(ctx.deps.db, compoundId, meetingId)
    const parties = await speaksFor(ctx.deps, compoundId, caller)
    if (existing) return viewOf({ meeting: existing, parties })
    checkMeetingNotice(ctx.body.startsAt, ctx.now)
    const convenorName = (await getUser(ctx.deps.db, userId))?.displayName ?? '社区'
    const meeting = {
      meetingId,
      compoundId,
      kind: ctx.body.kind,
      title: ctx.body.title,
      startsAt: ctx.body.startsAt,
      place: ctx.body.place,
      status: 'scheduled' as const,
      convenorId: userId,
      convenorName,
      attendees: ctx.body.attendees,
      agenda: draftAgenda(await agendaSources(ctx.deps, compoundId, ctx.now)),
      minutes: { attendance: [], notes: [], decisions: [] },
      parties: partiesOf(ctx.body.kind),
      confirmations: [],
      addenda: [],
      revision: 1,
      createdAt: ctx.now.toISOString(),
    }
    const created = await createJointMeeting(ctx.deps.db, meeting)
    const stored = created ? meeting : await getJointMeeting(ctx.deps.db, compoundId, meetingId)
    if (!stored) return changedMeanwhile()
    return viewOf({ meeting: stored, parties })
  }),

  route(governance.getJointMeeting, async (ctx) =>
    viewOf(await loadMeeting(ctx.deps, ctx.params, { userId: mustCaller(ctx).userId, roles: ctx.member.roles })),
  ),

  route(governance.editAgenda, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const loaded = await loadMeeting(ctx.deps, ctx.params, { userId, roles: ctx.member.roles })
    const { meeting } = loaded
    assertNotLocked(meeting.status)
    if (ctx.body.expectedRevision !== meeting.revision) changedMeanwhile()
    const next = { ...meeting, agenda: checkAgenda(ctx.body.items, meeting.agenda), revision: meeting.revision + 1 }
    const saved = await saveJointMeeting(ctx.deps.db, next, meeting.revision, {
      action: 'joint_meeting.agenda',
      actorId: userId,
      at: ctx.now.toISOString(),
    })
    if (!saved) changedMeanwhile()
    return viewOf({ ...loaded, meeting: next })
  }),
]
