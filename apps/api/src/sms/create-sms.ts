import type { Config } from '../config'
import { recordingSms } from './recording-sms'
import type { SmsSender } from './sms'
import { tencentSms } from './tencent-sms'

/** Tencent Cloud SMS in production when configured (else none); a recorder in local and test runs. */
export function smsPort(config: Config, secretKey: () => Promise<string>): { sms?: SmsSender } {
  if (config.STAGE !== 'prod') return { sms: recordingSms() }
  if (config.SMS_SECRET_ID === undefined || !config.SMS_SDK_APP_ID || !config.SMS_SIGN_NAME) return {}
  return {
    sms: tencentSms({
      secretId: config.SMS_SECRET_ID,
      secretKey,
      sdkAppId: config.SMS_SDK_APP_ID,
      signName: config.SMS_SIGN_NAME,
      region: config.SMS_REGION,
      endpoint: config.SMS_ENDPOINT,
    }),
  }
}
