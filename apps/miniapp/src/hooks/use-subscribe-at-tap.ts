import { tickets, type BodyOf, type MessageKind } from '@jiayuan/contracts'
import { call } from '../lib/api'
import { requestSubscribe } from '../lib/subscribe'
import { useRemote } from './use-remote'

const loadSubscriptions = (compoundId: string) => call(tickets.getSubscriptions, { params: { compoundId } })
const recordSubscription = (compoundId: string, body: BodyOf<typeof tickets.recordSubscription>) =>
  call(tickets.recordSubscription, { params: { compoundId }, body })

/**
 * One-time subscribe messages asked for at a natural tap (DOMAIN W4). The template ids are loaded when the
 * screen opens, because WeChat shows its sheet only when asked inside the tap itself; each answer is recorded
 * so the server knows how many sends it has. Shared by every feature that asks at a tap (reports, the inbox).
 */
export function useSubscribeAtTap(compoundId: string | undefined, kinds: readonly MessageKind[]) {
  const subs = useRemote(() => (compoundId ? loadSubscriptions(compoundId) : undefined), [compoundId])
  const templateIds = (subs.data?.templates ?? []).filter((t) => kinds.includes(t.kind)).map((t) => t.templateId)

  /** Call first thing in the tap handler, before any await. */
  return function askAtTap(): void {
    if (!compoundId || templateIds.length === 0) return
    void requestSubscribe(templateIds).then((answers) =>
      // A record that fails only means the server sends fewer messages; the tap itself has already succeeded.
      Promise.all(answers.map((answer) => recordSubscription(compoundId, answer).catch(() => undefined))),
    )
  }
}
