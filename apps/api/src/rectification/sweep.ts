import { rectification as api, type RectSweepSummary } from '@jiayuan/contracts'
import { getNotice, listCompoundNotices, listCompoundsForJobs } from '@jiayuan/db'
import { dueCards, giveCards } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { COMPOUNDS_AT_ONCE, inBatches } from '../jobs/in-batches'
import { writeNotice } from './change'

/**
 * The rectification sweep (S3, T9), run with the SLA sweep: each notice still owing a reply past its deadline
 * gets the cards now due (yellow → red → 约谈), written on the version read with the messages of those it
 * concerns; two sweeps at once both read one version and only one lands, so each step is told once.
 */
export async function runRectificationSweep(
  deps: Deps,
  options: { now?: Date; compoundIds?: readonly string[] } = {},
): Promise<RectSweepSummary> {
  const now = options.now ?? deps.clock()
  const summary: RectSweepSummary = { notices: 0, carded: 0, errors: 0 }
  const compounds = (await listCompoundsForJobs(deps.db)).filter(
    (c) => !options.compoundIds || options.compoundIds.includes(c.compoundId),
  )
  await inBatches(compounds, COMPOUNDS_AT_ONCE, async (compound) => {
    for (const listed of await listCompoundNotices(deps.db, compound.compoundId)) {
      if (listed.status !== 'open') continue
      summary.notices += 1
      try {
        for (let attempt = 0; attempt < 3; attempt++) {
          const notice = await getNotice(deps.db, listed.compoundId, listed.noticeId)
          const due = notice ? dueCards(notice, now) : []
          if (!notice || due.length === 0) break
          const next = giveCards(notice, due, now)
          if (await writeNotice(deps, notice, next, 'sweep', `rectification.card.${due.join('+')}`, now)) {
            summary.carded += due.length
            break
          }
        }
      } catch (err) {
        summary.errors += 1
        deps.log({
          level: 'error',
          message: 'rectification sweep failed on a notice',
          job: 'rectification-sweep',
          compoundId: listed.compoundId,
          noticeId: listed.noticeId,
          error: err instanceof Error ? err.message : String(err),
        })
      }
    }
  })
  return summary
}

/** Local runs only (access `dev`: 404 unless dev login is on, never routed in AWS): the sweep at a chosen time. */
export const devRoutes = [
  route(api.devRectSweep, async ({ body, deps }) =>
    runRectificationSweep(deps, {
      now: new Date(body.at),
      ...(body.compoundId ? { compoundIds: [body.compoundId] } : {}),
    }),
  ),
]
