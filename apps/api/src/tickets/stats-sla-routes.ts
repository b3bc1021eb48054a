import { tickets } from '@jiayuan/contracts'
import { getCompound, listTicketsOfMonth, updateSettings } from '@jiayuan/db'
import { checkSlaTable, shanghaiMonthRange, ticketStats } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

/** Monthly ticket figures and the SLA table (DOMAIN T1), the two things staff tune service by. */
export const statsAndSlaRoutes = [
  route(tickets.ticketStats, async (ctx) => {
    const { compoundId } = ctx.params
    const { start, end } = shanghaiMonthRange(ctx.query.month)
    const [{ settings }, submitted] = await Promise.all([
      getCompound(ctx.deps.db, compoundId),
      listTicketsOfMonth(ctx.deps.db, compoundId, ctx.query.month),
    ])
    return ticketStats(submitted, start, end, settings.slaTable, ctx.now)
  }),

  // The SLA table is data (DOMAIN T1); the settings change is logged with its reason and the table it replaced.
  route(tickets.updateSlaTable, async (ctx) => {
    const { compoundId } = ctx.params
    const { settings } = await getCompound(ctx.deps.db, compoundId)
    checkSlaTable(
      ctx.body.slaTable,
      settings.ticketCategories.map((c) => c.id),
    )
    const updated = await updateSettings(
      ctx.deps.db,
      compoundId,
      { ...settings, slaTable: ctx.body.slaTable },
      {
        userId: mustCaller(ctx).userId,
        reason: `SLA: ${ctx.body.reason}`,
        at: ctx.now.toISOString(),
      },
    )
    return { slaTable: updated.settings.slaTable }
  }),
]
