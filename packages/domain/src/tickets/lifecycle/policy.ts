import type { EscalationSla } from '@jiayuan/contracts'

/** Compound-level knobs the state machine needs. `reopenWindowDays` comes from CompoundSettings. */
export interface TicketPolicy {
  reopenWindowDays: number
  /** How long a resolved ticket waits for the requester before the sweep may close it silently (T5). */
  confirmTimeoutDays: number
  /** Categories whose fix may be declared without an after-photo (DOMAIN T10); none unless the compound says so. */
  photoWaivedCategories?: readonly string[]
  /** The receiver's clock an escalation opens with (DOMAIN T12); absent = defaultEscalationSla(). */
  escalationSla?: EscalationSla
}

export const DEFAULT_TICKET_POLICY: TicketPolicy = { reopenWindowDays: 7, confirmTimeoutDays: 3 }
