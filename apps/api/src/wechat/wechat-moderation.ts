import { accessTokenSource, postWithToken, type WechatApi } from './access-token'
import type { Moderation, ModerationVerdict } from './moderation'

interface CheckReply {
  errcode?: number
  errmsg?: string
  trace_id?: string
  result?: { suggest?: 'pass' | 'risky' | 'review'; label?: number }
}

/** Scene 3 is 论坛 (a forum post): what a public board of reports is closest to. */
const SCENE = 3
const IMAGE = 2

/**
 * WeChat's content security API, version 2: `msgSecCheck` for text and `mediaCheckAsync` for images. Both
 * need the openid of the person who wrote or uploaded the content. Anything but `pass` keeps the content from
 * other people: `review` means WeChat wants a human to look, and no one else should see it before that.
 */
export function wechatModeration(api: WechatApi): Moderation {
  const token = accessTokenSource(api)
  return {
    async checkText({ text, openid }) {
      if (!openid) throw new Error('msgSecCheck needs the author’s openid')
      const reply = await postWithToken<CheckReply>(api, token, '/wxa/msg_sec_check', {
        content: text,
        version: 2,
        scene: SCENE,
        openid,
      })
      if (reply.errcode) throw new Error(`msgSecCheck errcode ${reply.errcode}: ${reply.errmsg ?? ''}`)
      return verdictOf(reply.result?.suggest)
    },
    async checkImage({ url, openid }) {
      if (!openid) throw new Error('mediaCheckAsync needs the uploader’s openid')
      const reply = await postWithToken<CheckReply>(api, token, '/wxa/media_check_async', {
        media_url: url,
        media_type: IMAGE,
        version: 2,
        scene: SCENE,
        openid,
      })
      if (reply.errcode || !reply.trace_id)
        throw new Error(`mediaCheckAsync errcode ${reply.errcode ?? '?'}: ${reply.errmsg ?? ''}`)
      return { traceId: reply.trace_id }
    },
  }
}

export function verdictOf(suggest: string | undefined): ModerationVerdict {
  return suggest === 'pass' ? 'passed' : 'rejected'
}
