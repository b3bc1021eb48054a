import type { CarePlan, CareToday, Role } from '@jiayuan/contracts'
import { getCareDay, getCarePlan, listCareDays, personContacts } from '@jiayuan/db'
import { Forbidden, NotFound, careStatus, shanghaiDate, windowEndMs } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, type Caller } from '../http/route'
import { tieOf, type Tie } from './ties'

interface Ctx {
  caller: Caller | null
  member: { roles: Role[]; gridIds: string[] }
  deps: Deps
  params: { compoundId: string; elderId: string }
}

/** The elder's plan and the caller's tie to it; a caller with none is refused (P2), a missing plan is 404. */
export async function planFor(ctx: Ctx): Promise<{ plan: CarePlan; tie: Tie; userId: string }> {
  const { userId } = mustCaller(ctx)
  const plan = await getCarePlan(ctx.deps.db, ctx.params.compoundId, ctx.params.elderId)
  if (!plan) throw new NotFound('报平安约定')
  const tie = tieOf(plan, userId, ctx.member)
  if (!tie) throw new Forbidden('只有老人本人、代办人、结对邻居、所在网格的网格员和物业可以查看')
  return { plan, tie, userId }
}

/**
 * Today's check-in as the caller sees it, or an alarm still open from an earlier day (an evening window's steps
 * run past midnight; an alarm stays in front of people until someone answers it). Phones for those who act (T7).
 */
export async function todayView(deps: Deps, plan: CarePlan, tie: Tie, now: Date): Promise<CareToday> {
  // Today's check-in, the last days (for an alarm still open) and both people's phones, in one round.
  const [today, recent, people] = await Promise.all([
    getCareDay(deps.db, plan.compoundId, plan.elderId, shanghaiDate(now)),
    listCareDays(deps.db, plan.compoundId, plan.elderId, 3),
    personContacts(deps.db, [plan.elderId, plan.neighbourId]),
  ])
  const open = today?.status === 'alarm' ? undefined : recent.find((d) => d.status === 'alarm')
  const day = open ?? today
  const date = open?.date ?? shanghaiDate(now)
  const { status, next } = careStatus(plan, day, date, now)
  const elderPhone = tie === 'elder' ? undefined : people.get(plan.elderId)?.phone
  const neighbourPhone = tie === 'neighbour' ? undefined : people.get(plan.neighbourId)?.phone
  return {
    plan,
    date,
    status,
    ...(day ? { day } : {}),
    windowEndsAt: new Date(windowEndMs(plan, date)).toISOString(),
    ...(next ? { next } : {}),
    as: tie,
    ...(elderPhone ? { elderPhone } : {}),
    ...(neighbourPhone ? { neighbourPhone } : {}),
  }
}
