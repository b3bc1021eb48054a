import { care, type CareOutcome, type CarePlan } from '@jiayuan/contracts'
import { getCareDay, getUser, listCareDays, listCarePlans, saveCareDay } from '@jiayuan/db'
import { Conflict, Forbidden, closeDay, shanghaiDate } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { planFor, todayView } from './load'
import { closedMessage } from './messages'
import { gridStepPeople, tieOf, type Tie } from './ties'

/** How many days the log shows. */
const LOG_DAYS = 30

/**
 * Closes a day on the version read, telling the people its steps reached and the elder (T9). Racing a sweep, the
 * loser decides again on the fresh day: a tap after the sweep still closes the alarm, a sweep after the tap does
 * nothing, so there is one outcome.
 */
async function close(
  deps: Deps,
  plan: CarePlan,
  date: string,
  actor: { userId: string },
  c: { outcome: CareOutcome; reason?: string; at: string },
): Promise<void> {
  const who =
    actor.userId === plan.elderId ? plan.elderName : ((await getUser(deps.db, actor.userId))?.displayName ?? '—')
  for (let attempt = 0; attempt < 3; attempt++) {
    const day = await getCareDay(deps.db, plan.compoundId, plan.elderId, date)
    const next = closeDay(plan, day, date, { ...c, who })
    if (!next) return
    const told = new Set<string>()
    if (next.steps.includes('neighbour')) told.add(plan.neighbourId)
    if (next.steps.includes('grid_worker')) for (const id of await gridStepPeople(deps, plan)) told.add(id)
    if (next.steps.length > 0) told.add(plan.elderId)
    told.delete(actor.userId)
    const message = closedMessage(plan, next, c.at)
    const saved = await saveCareDay(
      deps.db,
      next,
      day?.version,
      {
        action: `care.closed.${c.outcome}`,
        actorId: actor.userId,
        at: c.at,
        ...(c.reason ? { reason: c.reason } : {}),
      },
      [...told].map((userId) => ({ userId, message })),
    )
    if (saved) return
  }
  throw new Conflict('CareDayChanged', '刚刚有人处理了这条提醒，请刷新后再看')
}

const CAN_CLOSE: readonly Tie[] = ['neighbour', 'grid_worker', 'staff', 'carer']

export const dayRoutes = [
  route(care.careToday, async (ctx) => {
    const { plan, tie } = await planFor(ctx)
    return todayView(ctx.deps, plan, tie, ctx.now)
  }),

  route(care.checkIn, async (ctx) => {
    const { plan, tie, userId } = await planFor(ctx)
    if (tie !== 'elder') throw new Forbidden('只有老人本人可以点“我很好”')
    await close(ctx.deps, plan, shanghaiDate(ctx.now), { userId }, { outcome: 'checked_in', at: ctx.now.toISOString() })
    return todayView(ctx.deps, plan, tie, ctx.now)
  }),

  route(care.confirmCare, async (ctx) => {
    const { plan, tie, userId } = await planFor(ctx)
    if (tie !== 'neighbour') throw new Forbidden('只有结对邻居可以确认老人平安')
    await close(
      ctx.deps,
      plan,
      shanghaiDate(ctx.now),
      { userId },
      { outcome: 'neighbour_confirmed', at: ctx.now.toISOString() },
    )
    return todayView(ctx.deps, plan, tie, ctx.now)
  }),

  route(care.closeCareAlarm, async (ctx) => {
    const { plan, tie, userId } = await planFor(ctx)
    if (!CAN_CLOSE.includes(tie)) throw new Forbidden('提醒由结对邻居、网格员、物业或代办人处理')
    const { date, outcome, reason } = ctx.body
    await close(ctx.deps, plan, date, { userId }, { outcome, reason, at: ctx.now.toISOString() })
    return todayView(ctx.deps, plan, tie, ctx.now)
  }),

  route(care.careLog, async (ctx) => {
    const { plan } = await planFor(ctx)
    return { days: await listCareDays(ctx.deps.db, plan.compoundId, plan.elderId, LOG_DAYS) }
  }),

  route(care.careMine, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const plans = await listCarePlans(ctx.deps.db, ctx.params.compoundId)
    const own = plans.find((p) => p.elderId === userId)
    // Each elder's day, the caller's own among them, read in one round rather than one elder after another.
    const [ownView, ...duties] = await Promise.all([
      own ? todayView(ctx.deps, own, 'elder', ctx.now) : undefined,
      ...plans.flatMap((plan) => {
        const tie = tieOf(plan, userId, ctx.member)
        return !tie || tie === 'elder' ? [] : [todayView(ctx.deps, plan, tie, ctx.now)]
      }),
    ])
    const rank = (s: string) => (s === 'alarm' ? 0 : s === 'missed' ? 1 : 2)
    const listed = duties.flatMap((d) => d ?? [])
    listed.sort((a, b) => rank(a.status) - rank(b.status) || a.plan.unitLabel.localeCompare(b.plan.unitLabel))
    return { ...(ownView ? { own: ownView } : {}), duties: listed }
  }),
]
