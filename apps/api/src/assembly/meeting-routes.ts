import { createHash, randomBytes } from 'node:crypto'
import { assembly, type MeetingScope, type MotionDraft } from '@jiayuan/contracts'
import {
  createMeeting,
  getMeetingWithMotions,
  getMotions,
  listMeetingRecords,
  readRoll,
  saveMeeting,
  type MeetingRecord,
  type MotionRecord,
} from '@jiayuan/db'
import { Conflict, InvalidInput, assertTextEditable, checkTemplates, resolveScope } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'
import { isCommittee, loadMeeting, visibleMeeting } from './load'
import { meetingView, summaryView } from './views'
import { viewerOf } from './viewer'

/**
 * Motion ids are their position (m1, m2, …): a draft's motions are replaced whole until the notice freezes them.
 * A lift motion that stays a lift motion keeps the affected owners already listed on it (V14).
 */
const motionRecords = (drafts: readonly MotionDraft[], kept: readonly MotionRecord[] = []): MotionRecord[] =>
  drafts.map((d, i) => {
    const motionId = `m${i + 1}`
    const affected = d.template === 'lift' ? kept.find((k) => k.motionId === motionId)?.affected : undefined
    return { ...d, motionId, order: i + 1, ...(affected ? { affected } : {}) }
  })

/** DOMAIN V14: the scope in words from the roll (a building or entrance not on it is a 400), and the templates. */
async function scopeText(deps: Deps, compoundId: string, scope: MeetingScope, drafts: readonly MotionDraft[]) {
  checkTemplates(scope, drafts)
  return resolveScope(scope, await readRoll(deps.db, compoundId)).text
}

/**
 * Each new attachment must be the caller's own upload (purpose `attachment`); one already on the draft stays,
 * whichever committee member added it. Removing one is simply leaving it out before the notice (V9).
 */
async function checkAttachments(
  deps: Deps,
  caller: { compoundId: string; userId: string },
  drafts: readonly MotionDraft[],
  kept: readonly MotionRecord[] = [],
): Promise<void> {
  const onDraft = new Set(kept.flatMap((m) => m.attachments.map((a) => a.key)))
  for (const [i, motion] of drafts.entries()) {
    for (const [j, a] of motion.attachments.entries()) {
      const field = `body.motions.${i}.attachments.${j}.key`
      if (motion.attachments.findIndex((b) => b.key === a.key) !== j) {
        throw new InvalidInput(`${field}: 同一个附件只能添加一次`, [{ field, message: '同一个附件只能添加一次' }])
      }
      if (!onDraft.has(a.key))
        await assertOwnUpload(
          deps.files,
          { ...caller, purpose: 'attachment' },
          a.key,
          field,
          '请先上传附件（只能添加本人上传的文件）',
        )
    }
  }
}

async function attachmentUrls(deps: Deps, motions: readonly MotionRecord[]): Promise<Map<string, string>> {
  const keys = motions.flatMap((m) => m.attachments.map((a) => a.key))
  return new Map(await Promise.all(keys.map(async (k) => [k, await deps.files.presignGet(k)] as const)))
}

export const meetingRoutes = [
  route(assembly.createMeeting, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const text = await scopeText(ctx.deps, compoundId, ctx.body.scope, ctx.body.motions)
    await checkAttachments(ctx.deps, { compoundId, userId }, ctx.body.motions)
    const motions = motionRecords(ctx.body.motions)
    const at = ctx.now.toISOString()
    const draft: MeetingRecord = {
      meetingId: createHash('sha256').update(`${userId}:${ctx.body.idempotencyKey}`).digest('hex').slice(0, 20),
      compoundId,
      kind: ctx.body.kind,
      title: ctx.body.title,
      description: ctx.body.description,
      scope: ctx.body.scope,
      scopeText: text,
      status: 'draft',
      revision: 0,
      createdBy: userId,
      createdAt: at,
      extensions: [],
      refSalt: randomBytes(16).toString('hex'),
      motionIds: motions.map((m) => m.motionId),
    }
    const saved = await createMeeting(ctx.deps.db, draft, motions)
    return meetingView(saved, await getMotions(ctx.deps.db, compoundId, saved.meetingId))
  }),

  route(assembly.listMeetings, async (ctx) => {
    const all = await listMeetingRecords(ctx.deps.db, ctx.params.compoundId)
    const visible = isCommittee(ctx.member.roles) ? all : all.filter((m) => m.status !== 'draft')
    const viewer = await viewerOf(ctx)
    return { meetings: visible.map((m) => summaryView(m, viewer)) }
  }),

  route(assembly.getMeeting, async (ctx) => {
    // The header and its motions share a partition: one Query, not a Get then a Query.
    const found = await getMeetingWithMotions(ctx.deps.db, ctx.params.compoundId, ctx.params.meetingId)
    const m = visibleMeeting(found?.meeting, ctx.member.roles)
    const motions = found?.motions ?? []
    return meetingView(m, motions, await attachmentUrls(ctx.deps, motions), await viewerOf(ctx))
  }),

  route(assembly.updateMeeting, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    assertTextEditable(m.status)
    if (m.revision !== ctx.body.revision) throw new Conflict('MeetingChanged', '会议刚被其他人修改过，请刷新后再试')
    const text = await scopeText(ctx.deps, m.compoundId, ctx.body.scope, ctx.body.motions)
    const before = await getMotions(ctx.deps.db, m.compoundId, m.meetingId)
    await checkAttachments(ctx.deps, { compoundId: m.compoundId, userId }, ctx.body.motions, before)
    const motions = motionRecords(ctx.body.motions, before)
    const next: MeetingRecord = {
      ...m,
      kind: ctx.body.kind,
      title: ctx.body.title,
      description: ctx.body.description,
      scope: ctx.body.scope,
      scopeText: text,
      motionIds: motions.map((x) => x.motionId),
    }
    const saved = await saveMeeting(
      ctx.deps.db,
      m,
      next,
      {
        action: 'meeting.updated',
        actorId: userId,
        at: ctx.now.toISOString(),
        ...(ctx.body.reason ? { reason: ctx.body.reason } : {}),
        data: { motions: motions.length, scope: text },
      },
      { motions, deleteMotionIds: m.motionIds.filter((id) => !next.motionIds.includes(id)) },
    )
    return meetingView(saved, motions, undefined, await viewerOf(ctx))
  }),
]
