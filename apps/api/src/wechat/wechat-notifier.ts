import { accessTokenSource, postWithToken, type WechatApi } from './access-token'
import type { Notifier } from './notifier'

/** 43101: the user has no subscription left for this template (refused, or already used). */
const NO_SUBSCRIPTION = 43101

/** `POST /cgi-bin/message/subscribe/send`; values are cut to the 20 characters a `thing` keyword takes. */
export function wechatNotifier(
  api: WechatApi,
  options: { state: 'developer' | 'trial' | 'formal' } = { state: 'formal' },
): Notifier {
  const token = accessTokenSource(api)
  return {
    async send(message) {
      if (!message.openid) return { ok: false, reason: 'no_openid', quotaExhausted: false }
      const data = Object.fromEntries(
        Object.entries(message.data).map(([key, value]) => [key, { value: Array.from(value).slice(0, 20).join('') }]),
      )
      const reply = await postWithToken<{ errcode?: number; errmsg?: string }>(
        api,
        token,
        '/cgi-bin/message/subscribe/send',
        {
          touser: message.openid,
          template_id: message.templateId,
          page: message.page,
          data,
          miniprogram_state: options.state,
          lang: 'zh_CN',
        },
      )
      if (!reply.errcode) return { ok: true }
      return { ok: false, reason: `errcode_${reply.errcode}`, quotaExhausted: reply.errcode === NO_SUBSCRIPTION }
    },
  }
}
