import type { MessageKind } from '@jiayuan/contracts'
import { useRemote } from '../../hooks/use-remote'
import { requestSubscribe } from '../../lib/subscribe'
import { loadSubscriptions, recordSubscription } from './api'

/**
 * One-time subscribe messages asked for at a natural tap (DOMAIN W4). The template ids are loaded when the
 * screen opens, because WeChat shows its sheet only when asked inside the tap itself; each answer is recorded
 * so the server knows how many sends it has.
 */
export function useSubscribeAtTap(compoundId: string | undefined, kinds: readonly MessageKind[]) {
  const subs = useRemote(() => (compoundId ? loadSubscriptions(compoundId) : undefined), [compoundId])
  const templateIds = (subs.data?.templates ?? []).filter((t) => kinds.includes(t.kind)).map((t) => t.templateId)

  /** Call first thing in the tap handler, before any await. */
  return function askAtTap(): void {
    if (!compoundId || templateIds.length === 0) return
    void requestSubscribe(templateIds).then((answers) =>
      Promise.all(answers.map((answer) => recordSubscription(compoundId, answer).catch(() => undefined))),
    )
  }
}
