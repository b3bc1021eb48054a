import type { ProjectScope, ShareRule } from '@jiayuan/contracts'
import type { UnitShare } from './shares'

/** A crowdfunded project as the store keeps it (DOMAIN F13); its shares are fixed when it is created. */
export interface ProjectRecord {
  projectId: string
  compoundId: string
  title: string
  description: string
  scope: ProjectScope
  scopeText: string
  targetFen: number
  rule: ShareRule
  /** Normalised ISO time (`toISOString`), so the store can compare it with the clock as a string. */
  deadline: string
  meetingId: string
  motionId: string
  meetingTitle: string
  motionTitle: string
  shares: UnitShare[]
  /** Kept by the pledge and contribution transactions. */
  pledgedFen: number
  paidFen: number
  pledgeCount: number
  createdBy: string
  createdAt: string
  cancelledAt?: string
}

/** One household's pledge and what has been received on it. */
export interface PledgeRecord {
  projectId: string
  unitId: string
  amountFen: number
  paidFen: number
  pledgedBy: string
  pledgedAt: string
}
