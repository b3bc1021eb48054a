import { z } from 'zod'
import { Count, IsoTime } from '../common'
import { SlaRule } from '../compound'
import { TicketReason, TicketStatus } from './primitives'

/** Month figures for the monthly report; rates are integers (basis points, or ×100) so no float is stored. */
export const TicketStats = z.object({
  monthStart: IsoTime,
  monthEnd: IsoTime,
  submitted: Count,
  byStatus: z.record(TicketStatus, Count),
  byCategory: z.record(z.string(), Count),
  medianResponseMinutes: Count.nullable(),
  medianResolutionMinutes: Count.nullable(),
  resolved: Count,
  onTimeRateBasisPoints: z.number().int().min(0).max(10000).nullable(),
  rated: Count,
  satisfactionAverageX100: z.number().int().min(100).max(500).nullable(),
  escalations: Count,
  overdue: Count,
  timeoutClosed: Count,
  reopened: Count,
})
export type TicketStats = z.infer<typeof TicketStats>

export const SlaTableUpdate = z.object({ slaTable: z.array(SlaRule).min(1).max(200), reason: TicketReason })

export const StatsQuery = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为年月（YYYY-MM）') })
