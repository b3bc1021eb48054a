import { createHash } from 'node:crypto'
import { ASK_KIND_LABEL, neighbours } from '@jiayuan/contracts'
import { claimAskWrite, createAsk, getAsk, getUser, getVolunteer, listAsks, saveAsk } from '@jiayuan/db'
import {
  Conflict,
  NotFound,
  askView,
  askCancelPlan,
  askClaimPlan,
  cancelled,
  askConfirmPlan,
  askDonePlan,
  askHoursPlan,
  hoursText,
  shanghaiDate,
  type StoredAsk,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { neighbourMessage } from './notices'

const nameOf = async (deps: Deps, userId: string) => (await getUser(deps.db, userId))?.displayName ?? '—'

async function load(deps: Deps, compoundId: string, askId: string): Promise<StoredAsk> {
  const ask = await getAsk<StoredAsk & { [k: string]: unknown }>(deps.db, compoundId, askId)
  if (!ask) throw new NotFound('求助')
  return ask
}

const changed = () => {
  throw new Conflict('AskChanged', '这条求助刚被别人更新，请刷新后再试')
}

/** H2: asks for help, claimed as grid workers claim tickets (T3), confirmed and rated; hours recorded (H1). */
export const askRoutes = [
  route(neighbours.listAsks, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const asks = await listAsks<StoredAsk & { [k: string]: unknown }>(ctx.deps.db, ctx.params.compoundId)
    return { asks: asks.slice(0, 200).map((a) => askView(a, { userId, roles: ctx.member.roles })) }
  }),

  route(neighbours.postAsk, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const reader = { userId, roles: ctx.member.roles }
    const askId = `ask-${createHash('sha256').update(`${userId}:${ctx.body.idempotencyKey}`).digest('hex').slice(0, 20)}`
    const at = ctx.now.toISOString()
    const ask: StoredAsk = {
      askId,
      compoundId,
      kind: ctx.body.kind,
      description: ctx.body.description,
      when: ctx.body.when,
      status: 'open',
      requesterId: userId,
      requesterName: await nameOf(ctx.deps, userId),
      createdAt: at,
      version: 1,
    }
    const created = await createAsk(ctx.deps.db, ask, { event: { action: 'ask.posted', actorId: userId, at } })
    // A retry with the same idempotency key answers with the ask the first request created.
    return askView(created ? ask : await load(ctx.deps, compoundId, askId), reader)
  }),

  route(neighbours.claimAsk, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, askId } = ctx.params
    const [ask, volunteer] = await Promise.all([
      load(ctx.deps, compoundId, askId),
      getVolunteer(ctx.deps.db, compoundId, userId),
    ])
    const at = ctx.now.toISOString()
    const next = askClaimPlan(ask, { userId, name: volunteer?.name ?? '—', volunteer: volunteer !== undefined }, at)
    const told = neighbourMessage(
      compoundId,
      ask.requesterId,
      { to: 'ask', askId },
      'claimed',
      {
        title: '您的求助有志愿者认领了',
        body: `${volunteer?.name ?? '志愿者'} 认领了您的「${ASK_KIND_LABEL[ask.kind]}」求助：${ask.description}`,
      },
      at,
    )
    const won = await claimAskWrite(
      ctx.deps.db,
      { ...next, version: ask.version + 1 },
      {
        event: { action: 'ask.claimed', actorId: userId, at },
        messages: [told],
      },
    )
    // Lost to a cancel or to another claimer: say which, from the ask as it now stands.
    if (!won && (await load(ctx.deps, compoundId, askId)).status === 'cancelled') throw cancelled()
    if (!won)
      throw new Conflict('AskAlreadyClaimed', '这条求助已被其他志愿者认领', [
        { field: 'status', message: '这条求助已被其他志愿者认领' },
      ])
    return askView({ ...next, version: ask.version + 1 }, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.markAskDone, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, askId } = ctx.params
    const ask = await load(ctx.deps, compoundId, askId)
    const at = ctx.now.toISOString()
    const next = { ...askDonePlan(ask, userId, ctx.body.note, at), version: ask.version + 1 }
    const told = neighbourMessage(
      compoundId,
      ask.requesterId,
      { to: 'ask', askId },
      'done',
      {
        title: '志愿者已完成您的求助，请确认',
        body: `${ask.claimerName ?? '志愿者'} 已完成：${ask.description}${ctx.body.note ? `（${ctx.body.note}）` : ''}`,
      },
      at,
    )
    const saved = await saveAsk(ctx.deps.db, next, ask.version, {
      event: { action: 'ask.done', actorId: userId, at },
      messages: [told],
    })
    if (!saved) changed()
    return askView(next, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.confirmAsk, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, askId } = ctx.params
    const ask = await load(ctx.deps, compoundId, askId)
    const at = ctx.now.toISOString()
    const next = { ...askConfirmPlan(ask, userId, ctx.body, at), version: ask.version + 1 }
    const messages = ask.claimerId
      ? [
          neighbourMessage(
            compoundId,
            ask.claimerId,
            { to: 'ask', askId },
            'confirmed',
            {
              title: '邻居确认了您的帮助',
              body: `${ask.requesterName} 给了 ${ctx.body.rating} 分${ctx.body.note ? `：${ctx.body.note}` : ''}`,
            },
            at,
          ),
        ]
      : []
    const saved = await saveAsk(ctx.deps.db, next, ask.version, {
      event: { action: 'ask.confirmed', actorId: userId, at },
      messages,
    })
    if (!saved) changed()
    return askView(next, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.cancelAsk, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, askId } = ctx.params
    const ask = await load(ctx.deps, compoundId, askId)
    const at = ctx.now.toISOString()
    const next = { ...askCancelPlan(ask, userId, ctx.body.reason, at), version: ask.version + 1 }
    // The claimer is told at once (T9); an open ask has nobody to tell.
    const messages = ask.claimerId
      ? [
          neighbourMessage(
            compoundId,
            ask.claimerId,
            { to: 'ask', askId },
            'cancelled',
            {
              title: '您认领的求助已取消',
              body: `${ask.requesterName} 取消了「${ASK_KIND_LABEL[ask.kind]}」求助：${ctx.body.reason}`,
            },
            at,
          ),
        ]
      : []
    // On the version read: a claim that landed first makes this a 409, and a claim after it finds it cancelled.
    const saved = await saveAsk(ctx.deps.db, next, ask.version, {
      event: { action: 'ask.cancelled', actorId: userId, at },
      messages,
    })
    if (!saved) changed()
    return askView(next, { userId, roles: ctx.member.roles })
  }),

  route(neighbours.recordHours, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, askId } = ctx.params
    const ask = await load(ctx.deps, compoundId, askId)
    const next = { ...askHoursPlan(ask, ctx.body.minutes), version: ask.version + 1 }
    const volunteerId = ask.claimerId ?? ''
    const at = ctx.now.toISOString()
    const record = {
      askId,
      compoundId,
      volunteerId,
      volunteerName: ask.claimerName ?? '—',
      what: `${ASK_KIND_LABEL[ask.kind]}：${ask.description}`,
      servedOn: shanghaiDate(new Date(ask.doneAt ?? at)),
      minutes: ctx.body.minutes,
      recordedById: userId,
      recordedByName: await nameOf(ctx.deps, userId),
      recordedAt: at,
    }
    const told = neighbourMessage(
      compoundId,
      volunteerId,
      { to: 'ask', askId },
      'hours',
      {
        title: '志愿服务时长已记录',
        body: `${record.what}：${hoursText(ctx.body.minutes)}`,
      },
      at,
    )
    const saved = await saveAsk(ctx.deps.db, next, ask.version, {
      event: { action: 'ask.hours_recorded', actorId: userId, at },
      messages: [told],
      record,
    })
    if (!saved)
      throw new Conflict('HoursRecorded', '服务时长：这条求助的时长已经记录过或刚被更新，请刷新', [
        { field: 'minutes', message: '这条求助的时长已经记录过' },
      ])
    return askView(next, { userId, roles: ctx.member.roles })
  }),
]
