import { z } from 'zod'
import { CompoundParams, Count, Id, IsoTime, Version } from './common'
import { MobilePhone } from './inbox'

/**
 * Elder check-in (窗帘之约, DOMAIN H3): an elder's daily "I'm fine" window, the neighbour paired with them, the grid
 * worker of their grid and a family contact; a missed window escalates in that order at minutes set per person.
 */

/** A wall-clock time in Beijing, `HH:MM` from 00:00 to 23:59. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '请填写时间，如 09:30')

export const CareStep = z.enum(['neighbour', 'grid_worker', 'family'])
export type CareStep = z.infer<typeof CareStep>

/** Minutes after the window ends at which each step is told; each later than the one before, at most a day. */
const Offset = z
  .number()
  .int()
  .min(0, '不能早于时段结束')
  .max(24 * 60, '不能超过 24 小时（1440 分钟）')
export const CareOffsets = z.object({ neighbour: Offset, grid_worker: Offset, family: Offset })
export type CareOffsets = z.infer<typeof CareOffsets>

export const CarePlanInput = z.object({
  /** The elder's home: its building's grid gives the grid worker. */
  unitId: Id,
  windowStart: ClockTime,
  windowEnd: ClockTime,
  /** The paired neighbour (结对邻居): a member of the compound. */
  neighbourId: Id,
  familyName: z.string().trim().min(1, '请填写家属称呼').max(20),
  familyPhone: MobilePhone,
  offsets: CareOffsets,
  /** People the elder lets change the plan for them (a child, a carer). */
  carerIds: z.array(Id).max(5, '最多 5 位代办人').default([]),
  /** Set by staff or a carer: how the elder agreed (入户登记, 电话确认 …). */
  consentNote: z.string().trim().max(100).optional(),
  /** 0 for a new plan; otherwise the version read (a stale one is answered 409). */
  expectedVersion: Version,
})
export type CarePlanInput = z.input<typeof CarePlanInput>

export const CarePlan = z.object({
  compoundId: Id,
  elderId: Id,
  elderName: z.string(),
  unitId: Id,
  unitLabel: z.string(),
  /** The grid covering the elder's building; absent when no grid covers it (staff take the grid worker's step). */
  gridId: Id.optional(),
  windowStart: ClockTime,
  windowEnd: ClockTime,
  neighbourId: Id,
  neighbourName: z.string(),
  familyName: z.string(),
  familyPhone: z.string(),
  offsets: CareOffsets,
  carerIds: z.array(Id),
  consent: z.object({ byId: Id, byName: z.string(), note: z.string().optional(), at: IsoTime }),
  /** When the plan was first set: days whose window closed before it are not swept. */
  since: IsoTime,
  version: Version,
  updatedAt: IsoTime,
})
export type CarePlan = z.infer<typeof CarePlan>

/** How a day ended: the elder's tap, the neighbour's word, or the answer of whoever went to an alarm. */
export const CareOutcome = z.enum(['checked_in', 'neighbour_confirmed', 'false_alarm', 'visited_ok', 'needs_help'])
export type CareOutcome = z.infer<typeof CareOutcome>
export const CloseOutcome = CareOutcome.extract(['false_alarm', 'visited_ok', 'needs_help'])

export const CareLogEntry = z.object({
  at: IsoTime,
  action: z.enum(['escalated', 'closed']),
  step: CareStep.optional(),
  outcome: CareOutcome.optional(),
  /** Who acted, or who was told (a step). */
  who: z.string(),
  reason: z.string().optional(),
  /** When the step fell due (window end plus its offset). */
  dueAt: IsoTime.optional(),
})
export type CareLogEntry = z.infer<typeof CareLogEntry>

/** One elder's day (Beijing date): `alarm` once a step was told, `closed` when the day ended. */
export const CareDay = z.object({
  compoundId: Id,
  elderId: Id,
  date: z.string(),
  status: z.enum(['alarm', 'closed']),
  steps: z.array(CareStep),
  outcome: CareOutcome.optional(),
  log: z.array(CareLogEntry),
  version: Version,
})
export type CareDay = z.infer<typeof CareDay>

/** Today as a person sees it: waiting for the window, ok, missed (no step yet), alarm, or closed after one. */
export const CareStatus = z.enum(['waiting', 'ok', 'missed', 'alarm', 'closed'])
export type CareStatus = z.infer<typeof CareStatus>

export const CareToday = z.object({
  plan: CarePlan,
  date: z.string(),
  status: CareStatus,
  day: CareDay.optional(),
  windowEndsAt: IsoTime,
  /** The next step and when it falls due, while the day is open. */
  next: z.object({ step: CareStep, dueAt: IsoTime }).optional(),
  /** The caller's tie to the elder, so a page shows only what they may do. */
  as: z.enum(['elder', 'carer', 'neighbour', 'grid_worker', 'staff']),
  /** Phones to call with one tap, for those who must act (T7): the elder's contact phone and the family's. */
  elderPhone: z.string().optional(),
  neighbourPhone: z.string().optional(),
})
export type CareToday = z.infer<typeof CareToday>

export const CareMine = z.object({
  /** The caller's own plan, if they are an elder with one. */
  own: CareToday.optional(),
  /** Elders the caller is paired with, cares for, or whose grid they serve; open alarms first. */
  duties: z.array(CareToday),
})
export type CareMine = z.infer<typeof CareMine>

export const CareParams = CompoundParams.extend({ elderId: Id })

export const CloseAlarmRequest = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请写日期，如 2026-12-03'),
  outcome: CloseOutcome,
  reason: z.string().trim().min(2, '请写明情况（至少 2 个字）').max(200),
})

export const CareLog = z.object({ days: z.array(CareDay) })

export const CareSweepRequest = z.object({ at: IsoTime, compoundId: Id.optional() })
export const CareSweepSummary = z.object({
  plans: Count,
  escalated: Count,
  notified: Count,
  sms: Count,
  errors: Count,
})
export type CareSweepSummary = z.infer<typeof CareSweepSummary>
