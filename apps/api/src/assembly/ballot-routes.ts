import { assembly } from '@jiayuan/contracts'
import {
  getDelivery,
  getProxy,
  getSnapshotSubject,
  heldSubjectBallots,
  principalsOf,
  readSubjectBallots,
  type MeetingRecord,
} from '@jiayuan/db'
import { Forbidden, NotFound, RuleViolation, proxyRef } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'
import { castBallots, type CastSubject } from './cast'
import { frozenRollHash } from './counting'
import { loadMeeting } from './load'
import { proxyPrincipals } from './proxy-for'
import { checkVoter, meetingAndEntry, mustVote } from './voter'
import { ballotViews } from './views'

async function frozenSubject(deps: Deps, m: MeetingRecord, subjectId: string, field: string): Promise<CastSubject> {
  const found = await getSnapshotSubject(deps.db, m.compoundId, m.meetingId, frozenRollHash(m), subjectId)
  if (!found) throw new RuleViolation('NotOnFrozenRoll', '这位业主不在本次表决冻结的名册中', { field })
  return { subjectId, ref: found.ref }
}

export const ballotRoutes = [
  route(
    assembly.castBallot,
    async (ctx) => {
      const { userId } = mustCaller(ctx)
      // An owner votes as their ownerId (V3), so their ballots so far are read alongside the meeting, unless this
      // instance holds them (their vote page or last ballot was served here): the paper's transaction then also
      // checks that no version was taken since, and a copy found behind is read afresh (cast.ts).
      const ownerId = ctx.member.membership?.ownerId
      const held = ownerId
        ? heldSubjectBallots(ctx.deps.db, ctx.params.compoundId, ctx.params.meetingId, ownerId)
        : undefined
      const early = ownerId
        ? held
          ? { subjectId: ownerId, history: Promise.resolve(held), held: true }
          : {
              subjectId: ownerId,
              history: readSubjectBallots(ctx.deps.db, ctx.params.compoundId, ctx.params.meetingId, ownerId),
            }
        : undefined
      early?.history.catch(() => undefined)
      // …and so is their frozen-roll entry, on the roll this instance last saw the meeting with (checked below),
      // in the meeting's own call.
      const { meeting, entry } = meetingAndEntry(ctx.deps, ctx.params, ctx.member.roles, ownerId)
      const m = await meeting
      return castBallots(
        m,
        ctx.now,
        async () => ({
          db: ctx.deps.db,
          subject: mustVote(await checkVoter(ctx.deps, m, ctx.member.membership, entry)),
          channel: 'online',
          choices: ctx.body.choices,
          idempotencyKey: ctx.body.idempotencyKey,
          actorId: userId,
        }),
        early,
      )
    },
    { accessInTransaction: true },
  ),

  route(assembly.castProxyBallot, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    return castBallots(m, ctx.now, async () => {
      const proxy = await getProxy(ctx.deps.db, m.compoundId, m.meetingId, ctx.body.principalId)
      if (proxy?.holderUserId !== userId) throw new Forbidden('你没有这位业主的书面委托，不能代为投票')
      return {
        db: ctx.deps.db,
        subject: await frozenSubject(ctx.deps, m, ctx.body.principalId, 'body.principalId'),
        channel: 'proxy',
        choices: ctx.body.choices,
        idempotencyKey: ctx.body.idempotencyKey,
        actorId: userId,
        proxy: { holderUserId: userId, ref: proxyRef(m.refSalt, userId) },
      }
    })
  }),

  route(assembly.enterPaperBallot, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    return castBallots(m, ctx.now, async () => {
      await assertOwnUpload(
        ctx.deps.files,
        { compoundId: m.compoundId, purpose: 'ballot_scan', userId },
        ctx.body.scanKey,
        'body.scanKey',
        '请先上传签字的纸质选票照片',
      )
      return {
        db: ctx.deps.db,
        subject: await frozenSubject(ctx.deps, m, ctx.body.subjectId, 'body.subjectId'),
        channel: 'paper',
        choices: ctx.body.choices,
        idempotencyKey: ctx.body.idempotencyKey,
        actorId: userId,
        scanKey: ctx.body.scanKey,
      }
    })
  }),

  route(assembly.myBallots, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { db } = ctx.deps
    const { compoundId, meetingId } = ctx.params
    const membership = ctx.member.membership
    const ownerId = membership?.ownerId
    // The owner's own ballots and delivery, the principals whose letters name the caller, and the owner's
    // frozen-roll entry on the roll this instance last saw the meeting with are read alongside the meeting: one
    // round, used only once the meeting admits the caller.
    const own = Promise.all([
      ownerId ? readSubjectBallots(db, compoundId, meetingId, ownerId) : Promise.resolve([]),
      ownerId ? getDelivery(db, compoundId, meetingId, ownerId) : Promise.resolve(undefined),
    ])
    own.catch(() => undefined)
    const principals = principalsOf(db, compoundId, meetingId, userId)
    principals.catch(() => undefined)
    const { meeting, entry } = meetingAndEntry(ctx.deps, ctx.params, ctx.member.roles, ownerId)
    const m = await meeting
    if (m.status === 'draft') throw new NotFound('会议')
    const [check, proxyFor, [history, delivery]] = await Promise.all([
      checkVoter(ctx.deps, m, membership, entry),
      proxyPrincipals(ctx.deps, m, userId, principals),
      own,
    ])
    return {
      eligibility: check.canVote
        ? { canVote: true as const, subjectId: check.subjectId, area: check.area }
        : { canVote: false as const, code: check.refusal.code, reason: check.refusal.error.message },
      ballots: ballotViews(history),
      proxyFor,
      deliveryRecorded: delivery !== undefined,
    }
  }),
]
