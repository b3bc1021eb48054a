import { z } from 'zod'
import { Count, Id, IsoTime } from '../common'

/** The skills registry's trades (能人库, DOMAIN H1). */
export const Skill = z.enum([
  'electrician',
  'plumbing',
  'carpentry',
  'legal',
  'medical',
  'tutoring',
  'errands',
  'company',
])
export type Skill = z.infer<typeof Skill>

export const SKILL_LABEL: Record<Skill, string> = {
  electrician: '电工',
  plumbing: '水管维修',
  carpentry: '木工家具',
  legal: '法律咨询',
  medical: '医疗护理',
  tutoring: '辅导功课',
  errands: '跑腿代办',
  company: '陪伴陪诊',
}

/** A volunteer of one compound: signs up once, edits later; shown in the registry only with consent. */
export const Volunteer = z.object({
  compoundId: Id,
  userId: Id,
  name: z.string(),
  skills: z.array(Skill),
  note: z.string().optional(),
  /** Consent to be listed in the compound's 能人库 with name and skills (P1); never the phone. */
  listed: z.boolean(),
  signedUpAt: IsoTime,
})
export type Volunteer = z.infer<typeof Volunteer>

export const VolunteerSignUp = z.object({
  skills: z.array(Skill).min(1, '请至少选择一项技能').max(8),
  note: z.string().trim().max(100, '简介不能超过 100 字').optional(),
  /** Explicit consent to appear in the registry (能人库); a volunteer may help without being listed. */
  consentToList: z.boolean({ required_error: '请选择是否同意在能人库中展示' }),
})
export type VolunteerSignUp = z.infer<typeof VolunteerSignUp>

export const MyVolunteer = z.object({ volunteer: Volunteer.nullable() })

/** The registry as members see it: listed volunteers only. */
export const SkillsRegistry = z.object({
  volunteers: z.array(Volunteer.pick({ userId: true, name: true, skills: true, note: true })),
})

/**
 * One service record (H1: who, what, when, hours, recorded by the organiser), keyed by the ask it served or the
 * team activity the person took part in, so neither is counted twice.
 */
export const ServiceRecord = z.object({
  askId: Id.optional(),
  activityId: Id.optional(),
  teamName: z.string().optional(),
  compoundId: Id,
  volunteerId: Id,
  volunteerName: z.string(),
  what: z.string(),
  servedOn: z.string(),
  minutes: Count,
  recordedById: Id,
  recordedByName: z.string(),
  recordedAt: IsoTime,
})
export type ServiceRecord = z.infer<typeof ServiceRecord>

export const MyContributions = z.object({
  records: z.array(ServiceRecord),
  totalMinutes: Count,
  /** Asks the person claimed that have no recorded hours yet. */
  awaitingHours: Count,
})
export type MyContributions = z.infer<typeof MyContributions>
