import { useState } from 'react'
import { identity } from '@jiayuan/contracts'
import { Button as WechatButton, Text, View } from '@tarojs/components'
import { call } from '../lib/api'
import { messageOf } from '../lib/api-error'
import { toast } from '../lib/feedback'
import { isWeapp } from '../lib/platform'
import { setOwnPhone, useSession } from '../state/session'
import { Button, Input } from './nut'
import './share-phone.scss'

/** 138****1111: enough for the person to recognise their number on a shared screen. */
export function maskedPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

/**
 * The person's phone on file, or a way to share it (DOMAIN W2): in WeChat the tap-only `getPhoneNumber` button,
 * whose code the API exchanges with WeChat (paid per call, so it is offered only where a phone helps: a report,
 * the profile). The browser build has no such button; there the local WeChat stand-in takes the number typed.
 */
export function SharePhone({ why }: { why: string }) {
  const session = useSession()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [typed, setTyped] = useState('')
  const phone = session?.user.phone
  if (!session) return null
  if (phone) {
    return (
      <View className="share-phone share-phone--done">
        <Text className="share-phone__on-file">联系电话：{maskedPhone(phone)}</Text>
        <Text className="muted">只给处理您报修的人看</Text>
      </View>
    )
  }
  const share = async (code: string | undefined) => {
    if (!code) return setError('没有拿到微信手机号，可稍后在“我的”里再授权')
    setBusy(true)
    setError(undefined)
    try {
      const out = await call(identity.sharePhone, { body: { code } })
      setOwnPhone(out.phone)
      toast('已留电话')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="share-phone">
      <Text className="share-phone__why">{why}</Text>
      {isWeapp ? (
        <WechatButton
          className="share-phone__button"
          openType="getPhoneNumber"
          loading={busy}
          onGetPhoneNumber={(e) => void share((e.detail as { code?: string }).code)}
        >
          微信授权手机号
        </WechatButton>
      ) : (
        <View className="share-phone__local">
          <Text className="muted">浏览器里没有微信授权按钮；本地演示由模拟的微信服务给出您填写的号码。</Text>
          <Input
            className="share-phone__input"
            type="digit"
            maxLength={11}
            placeholder="11 位手机号"
            value={typed}
            onChange={(v: string) => setTyped(v.trim())}
          />
          <Button
            className="share-phone__button"
            size="large"
            block
            loading={busy}
            onClick={() => void share(`phone-${typed}-${Date.now().toString(36)}`)}
          >
            授权手机号（本地演示）
          </Button>
        </View>
      )}
      {error ? (
        <View className="share-phone__error" ariaRole="alert">
          {error}
        </View>
      ) : null}
    </View>
  )
}
