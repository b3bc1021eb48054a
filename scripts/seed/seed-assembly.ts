import { createHash } from 'node:crypto'
import type { VotingRoll } from '@jiayuan/contracts'
import {
  ballotRecordOf,
  createMeeting,
  getCompound,
  getMeetingRecord,
  getMotions,
  putBallots,
  readAllBallots,
  readRoll,
  readRollSnapshot,
  registerProxy,
  saveMeeting,
  updateSettings,
  writeBallotLog,
  writeRollSnapshot,
  type BallotItem,
  type Db,
  type MeetingRecord,
  type MotionRecord,
} from '@jiayuan/db'
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  RESULT_DUE_DAYS,
  addDays,
  ballotReceipt,
  buildVotingRoll,
  countMotions,
  headHash,
  meetingRules,
  orderBallots,
  proxyCapOf,
  publicVotingRoll,
  rollHash,
  resolveScope,
  rollTotals,
  scopeRoll,
  sealBallots,
  toBallot,
  voterRef,
} from '@jiayuan/domain'
import type { Deps } from '@jiayuan/api'
import { plans, type Plan } from './assembly-plans'
import { demoPagePng, storeFile } from './demo-files'

const COMMITTEE = 'u-committee'

const n100 = (text: string): number => parseInt(createHash('sha256').update(text).digest('hex').slice(0, 8), 16) % 100

/**
 * Who turns out and how they vote are drawn from the ids without the tests' prefix, so every test harness gets the
 * same votes as `npm start` does (with a random prefix, one harness in some dozens drew a lift vote that failed).
 */
const unprefixed = (text: string, prefix: string) => (prefix ? text.replaceAll(prefix, '') : text)

async function draft(
  db: Db,
  compoundId: string,
  plan: Plan,
  actor: string,
): Promise<{ m: MeetingRecord; motions: MotionRecord[] }> {
  const motions = plan.motions.map((d, i) => ({ ...d, attachments: [], motionId: `m${i + 1}`, order: i + 1 }))
  const scope = plan.scope ?? { kind: 'compound' as const }
  const m: MeetingRecord = {
    meetingId: plan.id,
    compoundId,
    kind: plan.kind,
    title: plan.title,
    description: plan.description,
    scope,
    scopeText: resolveScope(scope, await readRoll(db, compoundId)).text,
    status: 'draft',
    revision: 0,
    createdBy: actor,
    createdAt: plan.createdAt.toISOString(),
    extensions: [],
    refSalt: createHash('sha256').update(`seed-salt:${plan.id}`).digest('hex').slice(0, 32),
    motionIds: motions.map((x) => x.motionId),
  }
  return { m: await createMeeting(db, m, motions), motions }
}

/** Notice and opening as the API writes them (lifecycle-routes.ts), at the times the committee would have acted. */
async function noticeAndOpen(
  db: Db,
  before: MeetingRecord,
  plan: Plan,
  actor: string,
): Promise<{ m: MeetingRecord; roll: VotingRoll; refs: Record<string, string> }> {
  const rules = meetingRules((await getCompound(db, before.compoundId)).settings, before.kind)
  const scoped = scopeRoll(before.scope ?? { kind: 'compound' }, await readRoll(db, before.compoundId))
  const noticed: MeetingRecord = {
    ...before,
    ...(scoped.scope.unitIds ? { scopeUnitIds: scoped.scope.unitIds } : {}),
    status: 'noticed',
    rules,
    noticePublishedAt: plan.noticedAt.toISOString(),
    votingOpensAt: plan.opensAt.toISOString(),
    votingClosesAt: plan.closesAt.toISOString(),
  }
  const n = await saveMeeting(db, before, noticed, {
    action: 'meeting.notice_published',
    actorId: actor,
    at: noticed.noticePublishedAt ?? '',
    data: { votingOpensAt: noticed.votingOpensAt, votingClosesAt: noticed.votingClosesAt, rules },
  })
  // V14: a building's or entrance's meeting freezes only its units and owners (scopeRoll, as the API does).
  const { units, owners, ownerships } = scoped.roll
  const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: rules.parkingAreaCounts })
  const hash = rollHash(roll)
  const refs = Object.fromEntries(
    roll.subjects.map((s) => [s.subjectId, voterRef(n.refSalt, s.subjectId, rules.namedBallots)]),
  )
  await writeRollSnapshot(db, { compoundId: n.compoundId, meetingId: n.meetingId, rollHash: hash }, roll, refs)
  const totals = rollTotals(roll)
  const at = plan.opensAt.toISOString()
  const m = await saveMeeting(
    db,
    n,
    { ...n, status: 'open', openedAt: at, rollHash: hash, totals },
    { action: 'meeting.opened', actorId: actor, at, data: { rollHash: hash, ...totals } },
  )
  return { m, roll, refs }
}

/** Online ballots spread over the part of the window that has passed, one ballot paper per voter. */
async function castSome(
  db: Db,
  m: MeetingRecord,
  plan: Plan,
  roll: VotingRoll,
  refs: Record<string, string>,
  until: Date,
  prefix: string,
): Promise<void> {
  const draw = (text: string) => n100(unprefixed(text, prefix))
  const voters = roll.subjects.filter(
    (s) =>
      s.kind === 'owner' &&
      !plan.skip?.includes(s.subjectId) &&
      (plan.include?.includes(s.subjectId) || draw(`${plan.id}:${s.subjectId}`) < plan.turnoutPercent),
  )
  const span = Math.max(MINUTE_MS, until.getTime() - plan.opensAt.getTime() - 10 * MINUTE_MS)
  for (const [i, s] of voters.entries()) {
    const castAt = new Date(plan.opensAt.getTime() + Math.floor((span * (i + 1)) / (voters.length + 1))).toISOString()
    const n = draw(`choice:${plan.id}:${s.subjectId}`)
    const ballots: BallotItem[] = plan.motions.map((_, k) => {
      const payload = {
        motionId: `m${k + 1}`,
        subjectId: refs[s.subjectId] ?? s.subjectId,
        choice: plan.choose(k, n),
        channel: 'online' as const,
        castAt,
        version: 1,
      }
      return {
        ...payload,
        receipt: ballotReceipt(m.meetingId, payload),
        meetingId: m.meetingId,
        rollSubjectId: s.subjectId,
        requestKey: createHash('sha256').update(`seed:${m.meetingId}:${s.subjectId}`).digest('hex'),
        enteredBy: `u-seed-${s.subjectId}`,
      }
    })
    await putBallots(
      db,
      m.compoundId,
      ballots,
      {
        action: 'ballot.online',
        actorId: `u-seed-${s.subjectId}`,
        at: castAt,
        subject: m.meetingId,
        data: { motions: ballots.map((b) => b.motionId), versions: [1] },
      },
      { history: [], motionIds: m.motionIds },
    )
  }
}

/**
 * The committee registers the signed letters a day after opening, as registerProxy in proxy-routes.ts does
 * (within the cap, one transaction each), so 王芳 has owners to vote for on the open meeting.
 */
async function registerProxies(
  db: Db,
  m: MeetingRecord,
  plan: Plan,
  actor: string,
  prefix: string,
  files: Deps['files'] | undefined,
): Promise<void> {
  if (!plan.proxies) return
  const at = new Date(plan.opensAt.getTime() + DAY_MS).toISOString()
  for (const principalId of plan.proxies.principals) {
    const letterKey = `${m.compoundId}/ballot_scan/${actor}/letter-${principalId}.png`
    // The scanned signed letter the committee checked, so 查看委托书 opens a picture.
    if (files) await storeFile(files, letterKey, 'image/png', demoPagePng(), new Date(at))
    const reg = {
      principalId,
      holderUserId: `${prefix}u-${plan.proxies.holderPersona}`,
      letterKey,
      registeredBy: actor,
      registeredAt: at,
    }
    await registerProxy(db, m.compoundId, m.meetingId, reg, proxyCapOf(m.rules))
  }
}

/** Close, preliminary and final as the API writes them (counting.ts, lifecycle-routes.ts). */
async function closeAndPublish(
  db: Db,
  open: MeetingRecord,
  actor: string,
  closedAt: Date,
  objectionDays: number,
  /** Null leaves the meeting in its objection window after the preliminary result. */
  finalAt: Date | null,
): Promise<void> {
  const motions = await getMotions(db, open.compoundId, open.meetingId)
  const snapshot = await readRollSnapshot(db, open.compoundId, open.meetingId, open.rollHash ?? '')
  const publicRoll = snapshot.roll.subjects.map((s) => ({
    ref: snapshot.refs[s.subjectId] ?? s.subjectId,
    kind: s.kind,
    area: s.area,
  }))
  const records = (await readAllBallots(db, open.compoundId, open.meetingId)).map(ballotRecordOf)
  const tallies = countMotions(publicVotingRoll(publicRoll), orderBallots(records).map(toBallot), motions, null)
  const results = tallies.map((t, i) => ({ ...t, title: motions[i]?.title ?? t.motionId }))
  const entries = sealBallots(records)
  await writeBallotLog(db, open.compoundId, open.meetingId, entries)
  const at = closedAt.toISOString()
  const closed = await saveMeeting(
    db,
    open,
    {
      ...open,
      status: 'closed',
      closedAt: at,
      resultDueBy: addDays(closedAt, RESULT_DUE_DAYS).toISOString(),
      ballotLog: {
        count: entries.length,
        headHash: headHash(entries),
        channels: { online: entries.length, paper: 0, proxy: 0 },
      },
      results,
      deliveredCount: 0,
    },
    { action: 'meeting.closed', actorId: actor, at, data: {} },
  )
  const prelimAt = new Date(closedAt.getTime() + DAY_MS)
  const objectionDeadline = addDays(prelimAt, objectionDays).toISOString()
  const prelim = await saveMeeting(
    db,
    closed,
    { ...closed, status: 'preliminary', preliminaryAt: prelimAt.toISOString(), objectionDeadline },
    { action: 'result.preliminary_published', actorId: actor, at: prelimAt.toISOString(), data: { objectionDeadline } },
  )
  if (!finalAt) return
  const note = '异议期内未收到异议，结果生效。'
  await saveMeeting(
    db,
    prelim,
    { ...prelim, status: 'final', finalAt: finalAt.toISOString(), finalNote: note },
    {
      action: 'result.final_published',
      actorId: actor,
      at: finalAt.toISOString(),
      reason: note,
      data: { objections: 0 },
    },
  )
}

/**
 * The demo compound's assembly rules were amended after the covenant meeting to publish results without an
 * objection window (DOMAIN V10: a preliminary result MAY go through one), so the two later meetings freeze a
 * window of 0 with their notice and the committee publishes their final result straight after closing.
 */
async function adoptNoObjectionWindow(db: Db, compoundId: string, actor: string, at: Date): Promise<void> {
  const { settings } = await getCompound(db, compoundId)
  await updateSettings(
    db,
    compoundId,
    { ...settings, objectionWindowDays: 0 },
    {
      userId: actor,
      reason: '业主大会议事规则修订：表决结果不设异议期，截止计票后直接公布最终结果',
      at: at.toISOString(),
    },
  )
}

/**
 * Five meetings of the demo compound (issues #4, #12, #13), written through the same repositories and domain
 * functions as the API with the times the committee would have acted, because a notice period of 15 days
 * cannot pass in a demo: one open now (noticed 20 days ago, closing in 10 days, 李建国 and 周明 not yet voted),
 * one whose window ended 2 minutes ago and that the committee can close (李建国 voted), one final (closed 30
 * days ago, preliminary then final after a 7-day objection window), one final that authorises the camera
 * renewal (closed 33 days ago, final 24 days ago, type 9 and type 5 motions passed; F3) and one in its objection window
 * (closed 3 days ago, preliminary result out, owners may still object); the rules then drop the window for the
 * later two, see adoptNoObjectionWindow. On the open one 王芳 holds the letters of 张伟 and 陈秀兰, neither of
 * whom has voted. A fifth, open too, is for 2号楼1单元 alone (DOMAIN V14): 加装电梯, with one affected owner
 * compensated and one objecting, 李建国 (2-1-502) not yet voted. A sixth, final, is 2号楼's alone: a passed
 * type-5 vote to repair its facade from its maintenance fund (F11). A seventh, final, is 2号楼2单元's alone: a passed
 * type-7 vote to add a lift, which the crowdfunded project rests on (F13). Seeds once per meeting id.
 */
export async function seedDemoAssembly(
  db: Db,
  options: { compoundId: string; prefix?: string; now?: Date; files?: Deps['files'] },
): Promise<{ seeded: boolean; meetingIds: string[] }> {
  const now = options.now ?? new Date()
  const all = plans(options.prefix ?? '', now)
  const ids = [
    all.open.id,
    all.ended.id,
    all.final.id,
    all.authorised.id,
    all.objection.id,
    all.lift.id,
    all.facade.id,
    all.liftPassed.id,
  ]
  if (await getMeetingRecord(db, options.compoundId, all.open.id)) return { seeded: false, meetingIds: ids }
  const actor = `${options.prefix ?? ''}${COMMITTEE}`

  const order = [all.final, all.authorised, all.facade, all.liftPassed, all.objection, all.ended, all.open, all.lift]
  for (const plan of order) {
    const { m } = await draft(db, options.compoundId, plan, actor)
    const opened = await noticeAndOpen(db, m, plan, actor)
    const until = plan.closesAt.getTime() < now.getTime() ? plan.closesAt : now
    await castSome(db, opened.m, plan, opened.roll, opened.refs, until, options.prefix ?? '')
    await registerProxies(db, opened.m, plan, actor, options.prefix ?? '', options.files)
    if (plan === all.final)
      await closeAndPublish(
        db,
        opened.m,
        actor,
        new Date(plan.closesAt.getTime() + 2 * HOUR_MS),
        7,
        new Date(plan.closesAt.getTime() + 9 * DAY_MS),
      )
    if (plan === all.authorised || plan === all.facade || plan === all.liftPassed)
      await closeAndPublish(
        db,
        opened.m,
        actor,
        new Date(plan.closesAt.getTime() + HOUR_MS),
        7,
        new Date(plan.closesAt.getTime() + 9 * DAY_MS),
      )
    if (plan === all.objection)
      await closeAndPublish(db, opened.m, actor, new Date(plan.closesAt.getTime() + HOUR_MS), 7, null)
    if (plan === all.objection)
      await adoptNoObjectionWindow(db, options.compoundId, actor, new Date(all.ended.noticedAt.getTime() - DAY_MS))
  }
  return { seeded: true, meetingIds: ids }
}
