import { z } from 'zod'
import { CompoundParams } from '../../common'
import { SlaRule } from '../../compound'
import { endpoint } from '../../endpoint'
import { SlaTableUpdate, StatsQuery, TicketStats } from '../../tickets'
import { base, context } from './shared'

export const ticketStats = endpoint({
  id: 'tickets.stats',
  method: 'get',
  path: `${base}/stats`,
  summary: 'Month figures for the monthly report (tickets submitted in that Asia/Shanghai calendar month)',
  context,
  access: { kind: 'compound', roles: ['property_staff', 'committee_member', 'community_admin'] },
  params: CompoundParams,
  query: StatsQuery,
  response: TicketStats,
})

export const updateSlaTable = endpoint({
  id: 'tickets.sla.update',
  method: 'put',
  path: `${base}/sla-table`,
  summary: "Replace the compound's SLA table (DOMAIN T1), with a reason; logged with the table it replaced",
  context,
  // Staff tune it day to day; the community admin sets it up with the other settings (issue #12).
  access: { kind: 'compound', roles: ['property_staff', 'community_admin'] },
  params: CompoundParams,
  body: SlaTableUpdate,
  response: z.object({ slaTable: z.array(SlaRule) }),
})
