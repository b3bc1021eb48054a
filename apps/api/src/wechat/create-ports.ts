import type { Config } from '../config'
import type { WechatApi } from './access-token'
import { fakeModeration } from './fake-moderation'
import { recordingNotifier } from './fake-notifier'
import type { Moderation } from './moderation'
import type { Notifier } from './notifier'
import { wechatModeration } from './wechat-moderation'
import { wechatNotifier } from './wechat-notifier'

/** WeChat's content checks and subscribe messages in production; stand-ins everywhere else. */
export function ticketPorts(config: Config, wechat: WechatApi): { moderation: Moderation; notifier: Notifier } {
  if (config.STAGE === 'prod') return { moderation: wechatModeration(wechat), notifier: wechatNotifier(wechat) }
  const blockedWords = config.MODERATION_BLOCKED_WORDS.split(',').map((word) => word.trim())
  return { moderation: fakeModeration({ blockedWords }), notifier: recordingNotifier() }
}
