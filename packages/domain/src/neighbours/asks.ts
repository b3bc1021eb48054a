import type { Ask, AskStatus, ConfirmAskRequest, Role } from '@jiayuan/contracts'
import { Conflict, Forbidden, RuleViolation } from '../errors'
import { maskName } from '../privacy/mask-name'

/** An ask as stored: the names in full; `view` masks them per reader. */
export type StoredAsk = Omit<Ask, 'mine' | 'requesterName' | 'requesterId'> & {
  requesterId: string
  requesterName: string
}

/** Who records hours (H1: "recorded by the organiser"): compound staff, the committee, the community. */
export const ORGANISER_ROLES: readonly Role[] = ['property_staff', 'committee_member', 'community_admin']
export const isOrganiser = (roles: readonly Role[]) => roles.some((r) => ORGANISER_ROLES.includes(r))

const field = (name: string, message: string) => [{ field: name, message }]

function expectStatus(ask: StoredAsk, wanted: AskStatus, message: string, code = 'AskChanged'): void {
  if (ask.status !== wanted) throw new Conflict(code, message, field('status', message))
}

/** H2 as T3: a volunteer of the compound claims an open ask that is not their own. */
export function askClaimPlan(
  ask: StoredAsk,
  claimer: { userId: string; name: string; volunteer: boolean },
  at: string,
): StoredAsk {
  if (!claimer.volunteer)
    throw new RuleViolation(
      'NotVolunteer',
      '志愿者：请先报名成为志愿者再认领',
      field('volunteer', '请先报名成为志愿者'),
    )
  if (ask.requesterId === claimer.userId)
    throw new RuleViolation('OwnAsk', '认领人：不能认领自己发布的求助', field('claimer', '不能认领自己发布的求助'))
  if (ask.status === 'cancelled') throw cancelled()
  expectStatus(ask, 'open', '这条求助已被其他志愿者认领', 'AskAlreadyClaimed')
  return { ...ask, status: 'claimed', claimerId: claimer.userId, claimerName: claimer.name, claimedAt: at }
}

/** A cancelled ask is over: nobody claims, finishes or confirms it. */
export const cancelled = () =>
  new Conflict('AskCancelled', '这条求助已被求助人取消', field('status', '这条求助已被求助人取消'))

/** The requester calls off an ask that is still open or claimed, with a reason. */
export function askCancelPlan(ask: StoredAsk, userId: string, reason: string, at: string): StoredAsk {
  if (ask.requesterId !== userId) throw new Forbidden('求助人：只有发布求助的人可以取消')
  if (ask.status === 'cancelled') throw cancelled()
  if (ask.status !== 'open' && ask.status !== 'claimed')
    throw new Conflict('AskChanged', '志愿者已经完成，不能再取消', field('status', '志愿者已经完成，不能再取消'))
  return { ...ask, status: 'cancelled', cancelledAt: at, cancelReason: reason }
}

export function askDonePlan(ask: StoredAsk, userId: string, note: string | undefined, at: string): StoredAsk {
  if (ask.claimerId !== userId) throw new Forbidden('认领人：只有认领这条求助的志愿者可以标记完成')
  if (ask.status === 'cancelled') throw cancelled()
  expectStatus(ask, 'claimed', '这条求助已标记完成')
  return { ...ask, status: 'done', doneAt: at, ...(note ? { doneNote: note } : {}) }
}

export function askConfirmPlan(ask: StoredAsk, userId: string, body: ConfirmAskRequest, at: string): StoredAsk {
  if (ask.requesterId !== userId) throw new Forbidden('求助人：只有发布求助的人可以确认和评价')
  if (ask.status === 'cancelled') throw cancelled()
  expectStatus(ask, 'done', ask.status === 'confirmed' ? '已经确认过了' : '志愿者还没有标记完成')
  return {
    ...ask,
    status: 'confirmed',
    confirmedAt: at,
    rating: body.rating,
    ...(body.note ? { ratingNote: body.note } : {}),
  }
}

/** Hours are recorded once per ask (never double-counted), after the claimer marked it done. */
export function askHoursPlan(ask: StoredAsk, minutes: number): StoredAsk {
  if (ask.minutes !== undefined)
    throw new Conflict(
      'HoursRecorded',
      '服务时长：这条求助的时长已经记录过',
      field('minutes', '这条求助的时长已经记录过'),
    )
  if (ask.status !== 'done' && ask.status !== 'confirmed')
    throw new RuleViolation(
      'AskNotDone',
      '服务时长：志愿者完成后才能记录时长',
      field('minutes', '志愿者完成后才能记录时长'),
    )
  return { ...ask, minutes }
}

/** P1: the requester's and the claimer's names in full only for the two of them and the organisers. */
export function askView(ask: StoredAsk, reader: { userId: string; roles: readonly Role[] }): Ask {
  const requester = ask.requesterId === reader.userId
  const claimer = ask.claimerId === reader.userId
  const full = requester || claimer || isOrganiser(reader.roles)
  const { requesterId, requesterName, ...rest } = ask
  return {
    ...rest,
    requesterName: full ? requesterName : maskName(requesterName),
    ...(ask.claimerName ? { claimerName: full ? ask.claimerName : maskName(ask.claimerName) } : {}),
    ...(full ? { requesterId } : {}),
    mine: { requester, claimer },
  }
}
