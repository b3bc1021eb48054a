import type { TicketActionType, TicketStatus } from '@jiayuan/contracts'
import type { TicketParty } from './actor'
import { DONE_STATUSES, IN_HAND_STATUSES, POOL_STATUSES } from './statuses'

export interface TicketTransitionRule {
  action: TicketActionType
  from: readonly TicketStatus[]
  by: readonly TicketParty[]
}

const WORKING: readonly TicketStatus[] = ['accepted', 'contacted', 'on_site']

/**
 * Who may do what from which status. One row per (action, set of statuses); an action with different actors
 * from different statuses has several rows. transition() finds the row and applies it; tests walk this table.
 */
export const TRANSITION_RULES: readonly TicketTransitionRule[] = [
  { action: 'triage', from: [...POOL_STATUSES, ...IN_HAND_STATUSES, 'escalated'], by: ['staff'] },
  // Escalated tickets can come back when the community or 12345 returns them to the property.
  { action: 'dispatch', from: [...POOL_STATUSES, 'escalated'], by: ['staff'] },
  { action: 'reassign', from: IN_HAND_STATUSES, by: ['staff'] },
  { action: 'claim', from: POOL_STATUSES, by: ['grid_member'] },
  { action: 'contact', from: ['accepted'], by: ['assignee'] },
  // Lift entrapment: the worker runs to the lift before anyone phones the requester.
  { action: 'arrive', from: ['accepted', 'contacted'], by: ['assignee'] },
  { action: 'add_after_photos', from: ['on_site', 'resolved'], by: ['assignee'] },
  // Advice by phone can fix a problem without a visit.
  { action: 'resolve', from: ['contacted', 'on_site'], by: ['assignee'] },
  { action: 'resolve', from: ['escalated'], by: ['assignee', 'grid_member', 'staff'] },
  { action: 'hand_back', from: WORKING, by: ['assignee'] },
  { action: 'escalate', from: POOL_STATUSES, by: ['grid_member', 'staff'] },
  { action: 'escalate', from: IN_HAND_STATUSES, by: ['assignee', 'staff'] },
  { action: 'wait_on_resident', from: WORKING, by: ['assignee'] },
  // The resident being waited on may say "I am home now" as well as the worker.
  { action: 'resume', from: ['waiting_on_resident'], by: ['assignee', 'requester'] },
  { action: 'confirm', from: ['resolved'], by: ['requester'] },
  { action: 'record_return_call', from: ['resolved'], by: ['staff'] },
  { action: 'rate', from: ['confirmed', 'closed'], by: ['requester'] },
  { action: 'reopen', from: ['resolved', 'confirmed', 'closed'], by: ['requester'] },
  { action: 'close', from: ['confirmed'], by: ['staff', 'system'] },
  { action: 'timeout_close', from: ['resolved'], by: ['system'] },
  // T10: a note forgotten at the fix is added afterwards, never by rewriting the original.
  { action: 'amend', from: DONE_STATUSES, by: ['assignee', 'staff'] },
]

export function findTransitionRule(action: TicketActionType, from: TicketStatus): TicketTransitionRule | undefined {
  return TRANSITION_RULES.find((rule) => rule.action === action && rule.from.includes(from))
}

/** Actions that must carry a non-blank reason (DOMAIN T1 pause, T3 hand-back and reassignment, T4, T5 reopen). */
export const REASON_REQUIRED: readonly TicketActionType[] = [
  'reassign',
  'hand_back',
  'escalate',
  'wait_on_resident',
  'reopen',
]
