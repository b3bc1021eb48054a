import { assembly } from '@jiayuan/contracts'
import {
  getCompound,
  getMotions,
  listObjections,
  readRoll,
  saveMeeting,
  writeBallotLog,
  writeRollSnapshot,
  type MeetingRecord,
} from '@jiayuan/db'
import {
  RESULT_DUE_DAYS,
  RuleViolation,
  addDays,
  assertCanClose,
  assertCanOpen,
  assertCanPublishFinal,
  assertObjectionsAnswered,
  assertStatus,
  buildVotingRoll,
  checkExtension,
  checkNoticeSchedule,
  headHash,
  meetingRules,
  objectionDays,
  hasObjectionWindow,
  resolveScope,
  rollHash,
  rollTotals,
  scopeRoll,
  sealBallots,
  voterRef,
} from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { announceMeeting } from '../notices/compose'
import { channelCounts, countMeeting } from './counting'
import { loadMeeting, refuseOnPlatform } from './load'
import { meetingView } from './views'

export const lifecycleRoutes = [
  route(assembly.publishNotice, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertStatus(m.status, ['draft'], '发布公告')
    const rules = meetingRules((await getCompound(ctx.deps.db, m.compoundId)).settings, m.kind)
    const opensAt = new Date(ctx.body.votingOpensAt)
    const closesAt = new Date(ctx.body.votingClosesAt)
    checkNoticeSchedule(rules, ctx.now, opensAt, closesAt)
    // V14: the scope is frozen with the notice, and the notice reaches only the owners of its units.
    const scope = resolveScope(m.scope ?? { kind: 'compound' }, await readRoll(ctx.deps.db, m.compoundId))
    const at = ctx.now.toISOString()
    const next: MeetingRecord = {
      ...m,
      ...(scope.unitIds ? { scopeUnitIds: scope.unitIds } : {}),
      status: 'noticed',
      rules,
      noticePublishedAt: at,
      votingOpensAt: opensAt.toISOString(),
      votingClosesAt: closesAt.toISOString(),
    }
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      next,
      {
        action: 'meeting.notice_published',
        actorId: userId,
        at,
        data: { votingOpensAt: next.votingOpensAt, votingClosesAt: next.votingClosesAt, rules },
      },
      { announce: announceMeeting('meeting_notice', next, at) },
    )
    return meetingView(saved, await getMotions(ctx.deps.db, m.compoundId, m.meetingId))
  }),

  route(assembly.openVoting, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertCanOpen(m, ctx.now)
    const rules = m.rules
    if (!rules) throw new RuleViolation('NoticeMissing', '会议尚未公告')
    // V14: only the scope's units and their owners are frozen, so heads, areas and denominators are the scope's.
    const scoped = scopeRoll(m.scope ?? { kind: 'compound' }, await readRoll(ctx.deps.db, m.compoundId))
    const { units, owners, ownerships } = scoped.roll
    const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: rules.parkingAreaCounts })
    if (roll.subjects.length === 0) throw new RuleViolation('EmptyRoll', '名册为空，不能开始投票')
    const hash = rollHash(roll)
    const refs = Object.fromEntries(
      roll.subjects.map((s) => [s.subjectId, voterRef(m.refSalt, s.subjectId, rules.namedBallots)]),
    )
    // The roll is written before the meeting says it is open; a crash in between leaves items nobody reads.
    await writeRollSnapshot(
      ctx.deps.db,
      { compoundId: m.compoundId, meetingId: m.meetingId, rollHash: hash },
      roll,
      refs,
    )
    const at = ctx.now.toISOString()
    const totals = rollTotals(roll)
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      {
        ...m,
        ...(scoped.scope.unitIds ? { scopeUnitIds: scoped.scope.unitIds } : {}),
        status: 'open',
        openedAt: at,
        rollHash: hash,
        totals,
      },
      {
        action: 'meeting.opened',
        actorId: userId,
        at,
        data: { rollHash: hash, ...totals, scope: scoped.scope.text },
      },
    )
    return meetingView(saved, await getMotions(ctx.deps.db, m.compoundId, m.meetingId))
  }),

  route(assembly.extendWindow, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const to = new Date(ctx.body.votingClosesAt)
    checkExtension(m, to, ctx.now)
    const at = ctx.now.toISOString()
    const from = m.votingClosesAt ?? at
    const next: MeetingRecord = {
      ...m,
      votingClosesAt: to.toISOString(),
      extensions: [...m.extensions, { from, to: to.toISOString(), reason: ctx.body.reason, by: userId, at }],
    }
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      next,
      {
        action: 'meeting.extended',
        actorId: userId,
        at,
        reason: ctx.body.reason,
        data: { from, to: next.votingClosesAt },
      },
      {
        announce: announceMeeting('voting_extended', next, at, ctx.body.reason),
      },
    )
    return meetingView(saved, await getMotions(ctx.deps.db, m.compoundId, m.meetingId))
  }),

  route(assembly.closeVoting, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertCanClose(m, ctx.now)
    const motions = await getMotions(ctx.deps.db, m.compoundId, m.meetingId)
    const at = ctx.now.toISOString()
    let next: MeetingRecord = { ...m, status: 'closed', closedAt: at }
    if (!m.rules?.governmentPlatformUrl) {
      const count = await countMeeting(ctx.deps, m, motions)
      const entries = sealBallots(count.records)
      await writeBallotLog(ctx.deps.db, m.compoundId, m.meetingId, entries)
      next = {
        ...next,
        resultDueBy: addDays(ctx.now, RESULT_DUE_DAYS).toISOString(),
        ballotLog: { count: entries.length, headHash: headHash(entries), channels: channelCounts(count.records) },
        results: count.results,
        deliveredCount: count.deliveredRefs?.length ?? 0,
      }
    }
    const saved = await saveMeeting(ctx.deps.db, m, next, {
      action: 'meeting.closed',
      actorId: userId,
      at,
      data: { ballotLog: next.ballotLog },
    })
    return meetingView(saved, motions)
  }),

  route(assembly.publishPreliminary, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    assertStatus(m.status, ['closed'], '公布初步结果')
    const at = ctx.now.toISOString()
    const objectionDeadline = addDays(ctx.now, objectionDays(m.rules, ctx.body.objectionDays)).toISOString()
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      { ...m, status: 'preliminary', preliminaryAt: at, objectionDeadline },
      {
        action: 'result.preliminary_published',
        actorId: userId,
        at,
        data: { objectionDeadline },
      },
      { announce: announceMeeting('result_preliminary', { ...m, objectionDeadline }, at) },
    )
    return meetingView(saved, await getMotions(ctx.deps.db, m.compoundId, m.meetingId))
  }),

  route(assembly.publishFinal, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    refuseOnPlatform(m, '计票和结果')
    assertCanPublishFinal(m, ctx.now)
    const objections = await listObjections(ctx.deps.db, m.compoundId, m.meetingId)
    assertObjectionsAnswered(objections)
    const note = ctx.body.note
    if (objections.length > 0 && !note) {
      throw new RuleViolation('ObjectionsUnanswered', `有 ${objections.length} 条异议，公布最终结果时须说明处理情况`, {
        field: 'body.note',
        objections: objections.length,
      })
    }
    const at = ctx.now.toISOString()
    // V10: where the assembly rules set no objection window the final result follows the close directly, and
    // the event says so; otherwise it comes after the preliminary result's window.
    const direct = !hasObjectionWindow(m.rules)
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      { ...m, status: 'final', finalAt: at, ...(note ? { finalNote: note } : {}) },
      {
        action: 'result.final_published',
        actorId: userId,
        at,
        ...(note ? { reason: note } : {}),
        data: { objections: objections.length, objectionWindow: direct ? 'none' : 'ended', from: m.status },
      },
      { announce: announceMeeting('result_final', { ...m, ...(note ? { finalNote: note } : {}) }, at) },
    )
    return meetingView(saved, await getMotions(ctx.deps.db, m.compoundId, m.meetingId))
  }),
]
