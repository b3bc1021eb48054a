import { useState } from 'react'
import { identity } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../components/field'
import { Button, Input } from '../../components/nut'
import { errorsFromZod } from '../../lib/form-errors'
import './new-user-login.scss'

interface Props {
  busy: boolean
  onLogin(displayName: string): void
}

/**
 * Local runs only: log in as someone the app has never seen, as a first WeChat login would (a new person with no
 * compound), to join a compound or accept an invite the way a real newcomer does.
 */
export function NewUserLogin({ busy, onLogin }: Props) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  function submit(): void {
    const parsed = identity.devNewUser.body.safeParse({ displayName: name })
    if (!parsed.success) return setError(errorsFromZod(parsed.error, { displayName: '请填写称呼' }).displayName)
    setError(undefined)
    onLogin(parsed.data.displayName)
  }
  return (
    <View className="new-user-login">
      <Text className="new-user-login__title">新用户登录</Text>
      <Text className="new-user-login__hint">以一位从未登录过的新用户身份进入，用来加入小区或接受邀请。</Text>
      <Field label="怎么称呼您" error={error}>
        <Input className="new-user-name" value={name} placeholder="如：何平" onChange={(v: string) => setName(v)} />
      </Field>
      <Button className="new-user-submit" type="primary" size="large" block loading={busy} onClick={submit}>
        以新用户登录
      </Button>
    </View>
  )
}
