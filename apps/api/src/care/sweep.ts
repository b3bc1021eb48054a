import type { CarePlan, CareSweepSummary, CareStep } from '@jiayuan/contracts'
import { getCareDay, listCarePlans, listCompoundsForJobs, personContacts, saveCareDay } from '@jiayuan/db'
import { CARE_STEP_LABEL, datesToSweep, escalate } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { COMPOUNDS_AT_ONCE, inBatches } from '../jobs/in-batches'
import { textFamily } from './family-sms'
import { alarmMessage } from './messages'
import { gridStepPeople } from './ties'

/**
 * The check-in sweep (H3, T9), run with the SLA sweep: for each compound's plans (one Query), the days whose
 * window closed without a word, each step now due told once (inbox, written with the day on the version read;
 * the family by SMS, reserved before the send). A day that changed in between is decided again, fresh.
 */
export async function runCareSweep(
  deps: Deps,
  options: { now?: Date; compoundIds?: readonly string[] } = {},
): Promise<CareSweepSummary> {
  const now = options.now ?? deps.clock()
  const summary: CareSweepSummary = { plans: 0, escalated: 0, notified: 0, sms: 0, errors: 0 }
  const compounds = (await listCompoundsForJobs(deps.db)).filter(
    (c) => !options.compoundIds || options.compoundIds.includes(c.compoundId),
  )
  await inBatches(compounds, COMPOUNDS_AT_ONCE, async (compound) => {
    for (const plan of await listCarePlans(deps.db, compound.compoundId)) {
      summary.plans += 1
      for (const date of datesToSweep(plan, now)) {
        try {
          await sweepDay(deps, plan, date, now, summary)
        } catch (err) {
          summary.errors += 1
          deps.log({
            level: 'error',
            message: 'care sweep failed on a day',
            job: 'care-sweep',
            compoundId: plan.compoundId,
            elderId: plan.elderId,
            date,
            error: err instanceof Error ? err.message : String(err),
          })
        }
      }
    }
  })
  return summary
}

/** Who a step told, for the log: the neighbour's name, the grid workers' names, the family's title. */
function whoFor(plan: CarePlan, step: CareStep, gridNames: readonly string[]): string {
  if (step === 'neighbour') return plan.neighbourName
  if (step === 'grid_worker') return gridNames.length > 0 ? gridNames.join('、') : CARE_STEP_LABEL[step]
  return `${CARE_STEP_LABEL[step]}（${plan.familyName}）`
}

async function sweepDay(deps: Deps, plan: CarePlan, date: string, now: Date, summary: CareSweepSummary) {
  const at = now.toISOString()
  let grid: string[] | undefined
  const people = async (step: CareStep) =>
    step === 'neighbour'
      ? [plan.neighbourId]
      : step === 'grid_worker'
        ? (grid ??= await gridStepPeople(deps, plan))
        : []
  for (let attempt = 0; attempt < 3; attempt++) {
    const day = await getCareDay(deps.db, plan.compoundId, plan.elderId, date)
    // The family's text is retried on each sweep until recorded (the reservation keeps it to one).
    if (day?.status === 'alarm' && day.steps.includes('family'))
      summary.sms += (await textFamily(deps, plan, date, at)) === 'sent' ? 1 : 0
    const next = escalate(plan, day, date, now, (s) => whoFor(plan, s, []))
    if (!next) return
    // The grid workers' names are read only when their step is due (the log says who was told).
    if (next.told.some((t) => t.step === 'grid_worker')) {
      const names = [...(await personContacts(deps.db, await people('grid_worker'))).values()].map((c) => c.name)
      next.day.log = next.day.log.map((e) =>
        e.step === 'grid_worker' && e.action === 'escalated' ? { ...e, who: whoFor(plan, 'grid_worker', names) } : e,
      )
    }
    const messages = []
    for (const t of next.told)
      for (const userId of await people(t.step))
        messages.push({ userId, message: alarmMessage(plan, date, t.step, at) })
    const saved = await saveCareDay(
      deps.db,
      next.day,
      day?.version,
      { action: `care.escalated.${next.told.map((t) => t.step).join('+')}`, actorId: 'sweep', at },
      messages,
    )
    if (!saved) continue
    summary.escalated += next.told.length
    summary.notified += messages.length
    if (next.told.some((t) => t.step === 'family'))
      summary.sms += (await textFamily(deps, plan, date, at)) === 'sent' ? 1 : 0
    return
  }
}
