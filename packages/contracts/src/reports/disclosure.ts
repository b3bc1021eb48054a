import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime, Version, daysUpTo } from '../common'
import { Count } from './primitives'

// --- disclosure board (D1, D2) --------------------------------------------------------------------------------

/** The fixed sections of 四公开一监督 (Civil Code Art. 943; Beijing Art. 70). */
export const DisclosureSection = z.enum([
  'company',
  'service_standards',
  'fee_standards',
  'contractors',
  'budget',
  'accounts',
  'maintenance_fund',
  'public_income',
  'parking',
  'renovations',
  'decisions_minutes',
])
export type DisclosureSection = z.infer<typeof DisclosureSection>

/** Responsible persons are shown with a work contact only (D1, P1): an office line or a work mobile. */
export const ResponsiblePerson = z.object({
  duty: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(20),
  workContact: z.string().trim().min(3).max(40),
})

export const DisclosureUpdate = z.object({
  content: z.string().trim().min(1, '请填写公示内容').max(8000),
  persons: z.array(ResponsiblePerson).max(20).default([]),
  /** Version the editor read; a stale one is refused (409) so nobody overwrites an update unseen. */
  expectedVersion: Version,
})

export const DisclosureItem = z.object({
  section: DisclosureSection,
  title: z.string(),
  content: z.string().nullable(),
  persons: z.array(ResponsiblePerson),
  version: Version,
  updatedAt: IsoTime.nullable(),
  updatedBy: z.string().nullable(),
  /** From the city profile (settings.cityProfile.disclosureFrequencyDays). */
  frequencyDays: daysUpTo(366),
  /** When the next update is due; null if never published (already stale). */
  dueBy: IsoTime.nullable(),
  stale: z.boolean(),
})
export type DisclosureItem = z.infer<typeof DisclosureItem>

export const DisclosureBoard = z.object({ sections: z.array(DisclosureItem), staleCount: Count })
export const DisclosureParams = z.object({ compoundId: Id, section: DisclosureSection })

export const ObjectionRequest = z.object({
  text: z.string().trim().min(1, '请写明异议').max(400),
  /** A ticket carries at least one photo: a photo of the posted item or of the evidence. */
  photoKeys: z.array(z.string().min(1).max(300)).min(1, '请至少拍一张照片').max(9),
  idempotencyKey: IdempotencyKey,
})

export const DisclosureObjection = z.object({
  objectionId: Id,
  section: DisclosureSection,
  /** The ticket the objection became (D2); its timeline carries the handling. */
  ticketId: Id,
  category: Id,
  /** Version of the section the owner objected to. */
  sectionVersion: Version,
  replyBy: IsoTime,
  at: IsoTime,
})
export type DisclosureObjection = z.infer<typeof DisclosureObjection>
export const DisclosureObjectionList = z.object({ objections: z.array(DisclosureObjection) })
