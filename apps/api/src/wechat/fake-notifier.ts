import type { Notifier, SubscribeMessage } from './notifier'

/** Records what would have been sent, for local runs and tests. */
export function recordingNotifier(): Notifier & { sent: SubscribeMessage[] } {
  const sent: SubscribeMessage[] = []
  return {
    sent,
    async send(message) {
      sent.push(message)
      return { ok: true }
    },
  }
}
