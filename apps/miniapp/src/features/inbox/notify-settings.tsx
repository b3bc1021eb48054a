import { useEffect, useState } from 'react'
import { NotificationPrefs } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { messageOf } from '../../lib/api-error'
import { toast } from '../../lib/feedback'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { isWeapp } from '../../lib/platform'
import { loadNotifyPrefs, saveNotifyPrefs } from './api'
import './notify-settings.scss'

interface Draft {
  wechat: boolean
  sms: boolean
  phone: string
}

const FIX = { phone: '请填写 11 位手机号' }

/** One channel as a switch: the words say its state, not the colour alone. */
function Channel(props: { label: string; hint: string; on: boolean; className: string; onToggle(): void }) {
  return (
    <View
      className={`notify-channel ${props.className} ${props.on ? 'notify-channel--on' : ''}`}
      ariaRole="switch"
      ariaChecked={props.on}
      ariaLabel={`${props.label}，${props.on ? '已开，点按关闭' : '已关，点按开启'}`}
      onClick={props.onToggle}
    >
      <View className="notify-channel__text">
        <Text className="notify-channel__label">{props.label}</Text>
        <Text className="notify-channel__hint">{props.hint}</Text>
      </View>
      <Text className="notify-channel__state">{props.on ? '已开' : '已关'}</Text>
    </View>
  )
}

/**
 * 消息提醒: how the person is told of their reports' progress and the compound's notices (DOMAIN T9, W4). The
 * in-app 消息 is always on; WeChat reminders and SMS to a number they type are their choice.
 */
export function NotifySettings() {
  const [draft, setDraft] = useState<Draft>()
  const [errors, setErrors] = useState<FormErrors<'phone'>>({})
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)

  const load = () => {
    setError(undefined)
    loadNotifyPrefs().then(
      (p) => setDraft({ wechat: p.wechat, sms: p.sms, phone: p.phone ?? '' }),
      (err: unknown) => setError(messageOf(err)),
    )
  }
  useEffect(load, [])

  if (!draft) return error ? <ErrorNote message={error} onRetry={load} /> : <Loading />
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })

  const save = () => {
    const phone = draft.phone.trim()
    const parsed = NotificationPrefs.safeParse({ wechat: draft.wechat, sms: draft.sms, ...(phone ? { phone } : {}) })
    if (!parsed.success) {
      setErrors(errorsFromZod(parsed.error, FIX))
      return
    }
    setErrors({})
    setError(undefined)
    setSaving(true)
    saveNotifyPrefs(parsed.data).then(
      () => {
        setSaving(false)
        toast('已保存')
      },
      (err: unknown) => {
        setSaving(false)
        setErrors(errorsFromFailure(err, FIX))
        setError(messageOf(err))
      },
    )
  }

  return (
    <View className="notify-settings">
      <Text className="notify-settings__lead">
        报修有进展、小区发公告时，一定会在“消息”里通知您。您还可以选择下面的提醒方式。
      </Text>
      <Channel
        className="notify-wechat"
        label="微信提醒"
        hint={isWeapp ? '在微信里收到服务通知（每次提交时需允许）' : '在微信小程序里使用时生效'}
        on={draft.wechat}
        onToggle={() => update({ wechat: !draft.wechat })}
      />
      <Channel
        className="notify-sms"
        label="短信提醒"
        hint="报修有进展时发短信到您的手机"
        on={draft.sms}
        onToggle={() => update({ sms: !draft.sms })}
      />
      {draft.sms ? (
        <Field
          label="接收短信的手机号"
          error={errors.phone}
          hint="只用于给您发提醒，别人看不到"
          className="notify-phone"
        >
          <Input
            className="notify-phone__input"
            type="number"
            value={draft.phone}
            maxLength={11}
            placeholder="请输入 11 位手机号"
            onChange={(phone: string) => update({ phone })}
          />
        </Field>
      ) : null}
      {error && !errors.phone ? <ErrorNote message={error} /> : null}
      <Button className="notify-save" type="primary" size="large" block loading={saving} onClick={save}>
        保存
      </Button>
    </View>
  )
}
