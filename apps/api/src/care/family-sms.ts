import type { CarePlan } from '@jiayuan/contracts'
import { finishSms, reserveSms } from '@jiayuan/db'
import type { Deps } from '../deps'
import { smsTemplate } from '../tickets/jobs/deliver-notice'

/**
 * The family step's text message (H3), through the one SMS port: recorded as `sending` under the elder (whose
 * plan gave the number) and the day before the send, so a rerun or a racing sweep never texts twice.
 */
export async function textFamily(
  deps: Deps,
  plan: CarePlan,
  date: string,
  at: string,
): Promise<'sent' | 'failed' | 'duplicate' | 'skipped'> {
  const templateId = smsTemplate(deps, 'care_alarm')
  if (!deps.sms || templateId === undefined) return 'skipped'
  const eventId = `care-${date}-family`
  const record = { eventId, kind: 'care_alarm', phone: plan.familyPhone, templateId, status: 'sending' as const, at }
  if (!(await reserveSms(deps.db, plan.elderId, record))) return 'duplicate'
  const result = await deps.sms
    .send({ phone: plan.familyPhone, templateId, params: [plan.elderName.slice(0, 10), plan.unitLabel] })
    .catch((err: unknown) => ({
      ok: false as const,
      reason: err instanceof Error ? err.message.slice(0, 100) : 'error',
    }))
  await finishSms(
    deps.db,
    plan.elderId,
    eventId,
    result.ok ? { status: 'sent' } : { status: 'failed', reason: result.reason },
  )
  return result.ok ? 'sent' : 'failed'
}
