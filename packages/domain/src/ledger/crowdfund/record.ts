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
  /**
   * Spending from the fund (F3), kept by the expense transactions: `committedFen` grows when an expense is
   * proposed (so pending ones set their amount aside) and shrinks when one is rejected; `spentFen` grows when
   * one is posted. Absent on projects that never spent: 0.
   */
  committedFen?: number
  spentFen?: number
  /**
   * Matches from the street's 美好家园 fund (S4), kept by the transaction that posts each into the project's fund
   * on this compound's chain. Absent when the street never matched: 0.
   */
  matchedFen?: number
  matches?: Array<{ grantId: string; amountFen: number; at: string; seq: number }>
  /** Set once, by the transaction that closes the project and posts its refunds. */
  closure?: ProjectClosure
}

/** How a project ended (F13) and what each household got back, pro rata to what it paid. */
export interface ProjectClosure {
  outcome: 'cancelled' | 'lapsed' | 'completed'
  reason: string
  closedBy: string
  closedAt: string
  refundedFen: number
  refundSeq?: number
  refunds: Array<{ unitId: string; paidFen: number; refundFen: number }>
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
