import { createDb } from '@jiayuan/db'
import type { Config } from './config'
import type { Deps } from './deps'
import { secret } from './secrets'
import { smsPort } from './sms/create-sms'
import { s3FileStore } from './storage/file-store'
import { qrCodePort, ticketPorts } from './wechat/create-ports'
import { httpWechatClient } from './wechat/wechat-client'
import { payPort } from './wechat/pay/create-pay'

export function jsonLog(entry: Record<string, unknown>): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), ...entry }))
}

/** Builds what routes use from the configuration: once per Lambda cold start or per local server. */
export async function createDeps(config: Config, overrides: Partial<Deps> = {}): Promise<Deps> {
  const tokenSecret = await secret(config, config.TOKEN_SECRET, config.TOKEN_SECRET_ARN, 'TOKEN_SECRET')()
  const wechatApi = {
    baseUrl: config.WECHAT_API_BASE,
    appId: config.WECHAT_APP_ID,
    appSecret: secret(config, config.WECHAT_APP_SECRET, config.WECHAT_APP_SECRET_ARN, 'WECHAT_APP_SECRET'),
  }
  return {
    config,
    db: createDb({
      tableName: config.TABLE_NAME,
      region: config.AWS_REGION,
      ...(config.DDB_ENDPOINT ? { endpoint: config.DDB_ENDPOINT } : {}),
    }),
    files: s3FileStore(config),
    wechat: httpWechatClient({
      baseUrl: config.WECHAT_API_BASE,
      appId: config.WECHAT_APP_ID,
      appSecret: secret(config, config.WECHAT_APP_SECRET, config.WECHAT_APP_SECRET_ARN, 'WECHAT_APP_SECRET'),
    }),
    ...ticketPorts(config, wechatApi),
    ...qrCodePort(config, wechatApi),
    ...smsPort(config, secret(config, config.SMS_SECRET_KEY, config.SMS_SECRET_KEY_ARN, 'SMS_SECRET_KEY')),
    pay: payPort(config),
    tokenSecret,
    shareLinkSecret: secret(config, config.SHARE_LINK_SECRET, config.SHARE_LINK_SECRET_ARN, 'SHARE_LINK_SECRET'),
    clock: () => new Date(),
    log: jsonLog,
    ...overrides,
  }
}
