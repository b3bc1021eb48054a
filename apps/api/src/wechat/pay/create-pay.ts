import { Conflict } from '@jiayuan/domain'
import { z } from 'zod'
import type { Config } from '../../config'
import { secret } from '../../secrets'
import type { WechatPay } from './wechat-pay'

const Credentials = z.object({
  apiV3Key: z.string().length(32),
  privateKey: z.string().includes('PRIVATE KEY'),
  platformPublicKey: z.string().includes('PUBLIC KEY'),
  platformSerial: z.string().min(1),
})

/**
 * The trust account's WeChat Pay client, built on first use (its secret is fetched then, at most once per cold
 * start). Without a merchant in the config, paying in the app answers 409 with a reason a person can read: a state of
 * the deployment, not a failure to retry.
 */
export function payPort(config: Config): () => Promise<WechatPay> {
  const mchid = config.WECHAT_PAY_MCH_ID
  const serial = config.WECHAT_PAY_MCH_SERIAL
  if (!mchid || !serial) {
    return () => Promise.reject(new Conflict('PayNotConfigured', '本小区还没有开通微信缴费，请到物业缴费'))
  }
  const read = secret(config, config.WECHAT_PAY_SECRET, config.WECHAT_PAY_SECRET_ARN, 'WECHAT_PAY_SECRET')
  let client: Promise<WechatPay> | undefined
  return () => {
    // The client (its signing and its decryption of notifications) loads with the first payment, not at init.
    client ??= Promise.all([read(), import('./wechat-pay-client')]).then(([text, { httpWechatPay }]) =>
      httpWechatPay({
        baseUrl: config.WECHAT_PAY_API_BASE,
        appId: config.WECHAT_APP_ID,
        mchid,
        merchantSerial: serial,
        credentials: Credentials.parse(JSON.parse(text)),
      }),
    )
    return client
  }
}
