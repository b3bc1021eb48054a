/** One text message: a template of the provider's, filled with its parameters in order. */
export interface SmsMessage {
  /** A mainland number, `13800000000`. */
  phone: string
  templateId: string
  params: string[]
}

export type SmsResult = { ok: true } | { ok: false; reason: string }

/** Text messages (DOMAIN T9, W4: where the person chose SMS): Tencent Cloud SMS, or a recorder locally. */
export interface SmsSender {
  send(message: SmsMessage): Promise<SmsResult>
}
