import type { SmsMessage, SmsSender } from './sms'

/** Records what would have been texted, for `npm start` and tests. */
export function recordingSms(): SmsSender & { sent: SmsMessage[] } {
  const sent: SmsMessage[] = []
  return {
    sent,
    async send(message) {
      sent.push(message)
      return { ok: true }
    },
  }
}
