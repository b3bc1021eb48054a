import type { Db } from '@jiayuan/db'
import type { Config } from './config'
import type { SmsSender } from './sms/sms'
import type { FileStore } from './storage/file-store'
import type { Moderation } from './wechat/moderation'
import type { Notifier } from './wechat/notifier'
import type { MiniProgramCodes } from './wechat/qr-codes'
import type { WechatClient } from './wechat/wechat-client'
import type { WechatPay } from './wechat/pay/wechat-pay'

/** What route code may use. Built once per process (Lambda cold start or local server). */
export interface Deps {
  config: Config
  db: Db
  files: FileStore
  wechat: WechatClient
  /** Content checks of user text and photos (DOMAIN W5). */
  moderation: Moderation
  /** One-time subscribe messages (DOMAIN W4). */
  notifier: Notifier
  /** A compound's mini-program code (小程序码) for its lobby poster. */
  qrCodes: MiniProgramCodes
  /** Text messages to people who chose SMS; absent where no SMS provider is configured. */
  sms?: SmsSender
  /** WeChat Pay for the trust account's merchant (DOMAIN F12), built on first use. */
  pay: () => Promise<WechatPay>
  tokenSecret: string
  /** The key of report share links, fetched on first use (only the reports function signs or reads links). */
  shareLinkSecret: () => Promise<string>
  clock: () => Date
  log: (entry: Record<string, unknown>) => void
}
