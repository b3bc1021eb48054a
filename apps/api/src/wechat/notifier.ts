export interface SubscribeMessage {
  toUserId: string
  /** Absent for people who never logged in with WeChat (seeded personas). */
  openid?: string
  templateId: string
  /** The mini-program page the message opens. */
  page: string
  /** Template keywords and their values, e.g. `{ thing2: '电梯' }`. */
  data: Record<string, string>
}

/** What became of one notice to one person, as the outbox counts it (tickets and announcements alike). */
export type NotifyOutcome = 'sent' | 'skipped' | 'failed' | 'duplicate'

export type SendResult = { ok: true } | { ok: false; reason: string; quotaExhausted: boolean }

/** One-time subscribe messages (DOMAIN W4): WeChat's subscribeMessage.send, or a recorder in local runs. */
export interface Notifier {
  send(message: SubscribeMessage): Promise<SendResult>
}
