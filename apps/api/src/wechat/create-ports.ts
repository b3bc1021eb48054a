import type { Config } from '../config'
import type { WechatApi } from './access-token'
import { fakeModeration } from './fake-moderation'
import { localQrCodes } from './local-qr-codes'
import { recordingNotifier } from './fake-notifier'
import type { Moderation } from './moderation'
import type { Notifier } from './notifier'
import { remembered, type MiniProgramCodes } from './qr-codes'
import { wechatModeration } from './wechat-moderation'
import { wechatNotifier } from './wechat-notifier'
import { wechatQrCodes } from './wechat-qr-codes'

/** WeChat's content checks and subscribe messages in production; stand-ins everywhere else. */
export function ticketPorts(config: Config, wechat: WechatApi): { moderation: Moderation; notifier: Notifier } {
  if (config.STAGE === 'prod') return { moderation: wechatModeration(wechat), notifier: wechatNotifier(wechat) }
  const blockedWords = config.MODERATION_BLOCKED_WORDS.split(',').map((word) => word.trim())
  return { moderation: fakeModeration({ blockedWords }), notifier: recordingNotifier() }
}

/** `npm start` serves the H5 build on port 3000 unless told otherwise (scripts/stack.ts passes its own). */
const LOCAL_H5_BASE = 'http://localhost:3000/'

/** Mini-program codes from WeChat in production; locally a QR code of the H5 join link. */
export function qrCodePort(config: Config, wechat: WechatApi): { qrCodes: MiniProgramCodes } {
  if (config.STAGE === 'prod') return { qrCodes: remembered(wechatQrCodes(wechat, config.WECHAT_ENV_VERSION)) }
  return { qrCodes: remembered(localQrCodes(config.H5_BASE_URL ?? LOCAL_H5_BASE)) }
}
