import type { SmsMessage, SmsSender } from './sms'
import { tc3Authorization } from './tc3-sign'

export interface TencentSmsConfig {
  secretId: string
  secretKey: () => Promise<string>
  /** The SMS application (SmsSdkAppId) and the approved signature (签名) shown before the text. */
  sdkAppId: string
  signName: string
  region: string
  /** `https://sms.tencentcloudapi.com`, or a stand-in in tests. */
  endpoint: string
}

interface SendSmsResponse {
  Response?: {
    Error?: { Code: string; Message: string }
    SendStatusSet?: { Code: string; Message: string }[]
  }
}

/**
 * Tencent Cloud SMS `SendSms` (API 3.0, version 2021-01-11), signed with TC3-HMAC-SHA256. One number per call,
 * so a refusal is about that person; the status `Ok` is the only success.
 */
export function tencentSms(config: TencentSmsConfig, clock: () => Date = () => new Date()): SmsSender {
  const host = new URL(config.endpoint).host
  return {
    async send(message: SmsMessage) {
      const payload = JSON.stringify({
        PhoneNumberSet: [`+86${message.phone}`],
        SmsSdkAppId: config.sdkAppId,
        SignName: config.signName,
        TemplateId: message.templateId,
        TemplateParamSet: message.params,
      })
      const timestamp = Math.floor(clock().getTime() / 1000)
      const contentType = 'application/json; charset=utf-8'
      const res = await fetch(config.endpoint, {
        method: 'POST',
        headers: {
          Authorization: tc3Authorization({
            secretId: config.secretId,
            secretKey: await config.secretKey(),
            service: 'sms',
            host,
            timestamp,
            payload,
            contentType,
          }),
          'Content-Type': contentType,
          Host: host,
          'X-TC-Action': 'SendSms',
          'X-TC-Version': '2021-01-11',
          'X-TC-Timestamp': String(timestamp),
          'X-TC-Region': config.region,
        },
        body: payload,
      })
      if (!res.ok) return { ok: false, reason: `http_${res.status}` }
      const body = (await res.json()) as SendSmsResponse
      const error = body.Response?.Error
      if (error) return { ok: false, reason: error.Code.slice(0, 100) }
      const status = body.Response?.SendStatusSet?.[0]
      return status?.Code === 'Ok' ? { ok: true } : { ok: false, reason: (status?.Code ?? 'no_status').slice(0, 100) }
    },
  }
}
