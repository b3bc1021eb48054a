import { useEffect, useState } from 'react'
import { InviteCode, type Invite } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { grantText, inviteStatusLine } from '../../components/invite-text'
import { Button, Input } from '../../components/nut'
import { messageOf } from '../../lib/api-error'
import { restart } from '../../lib/navigation'
import { refresh, switchCompound } from '../../state/session'
import { acceptInvite, loadInvite } from './api'
import './invite-screen.scss'

/**
 * 输入邀请码: the invitee types the code (or opens the link with it), sees what it grants, and accepts; the
 * role works on their next request, and the session is refreshed so the app shows it at once.
 */
export function InviteScreen({ initialCode }: { initialCode?: string }) {
  const [code, setCode] = useState(initialCode ?? '')
  const [invite, setInvite] = useState<Invite | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Invite | undefined>()

  async function look(text: string): Promise<void> {
    const parsed = InviteCode.safeParse(text)
    setInvite(undefined)
    if (!parsed.success) return setError(parsed.error.issues[0]?.message)
    setError(undefined)
    setBusy(true)
    try {
      setInvite(await loadInvite(parsed.data))
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    if (initialCode) void look(initialCode)
  }, [initialCode])

  async function accept(): Promise<void> {
    if (!invite) return
    setBusy(true)
    setError(undefined)
    try {
      const result = await acceptInvite(invite.code)
      await refresh()
      if (result.invite.grant.kind === 'compound') switchCompound(result.invite.grant.compoundId)
      setDone(result.invite)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Card title="已接受邀请" className="invite-done">
        <Text className="invite-done__what">您现在是：{grantText(done)}</Text>
        <Button className="invite-go-home" type="primary" size="large" block onClick={() => restart('home')}>
          回到首页
        </Button>
      </Card>
    )
  }

  return (
    <Card title="输入邀请码" className="invite-accept">
      <Text className="muted">社区管理员会把 8 位邀请码发给您。邀请码只能使用一次，过期作废。</Text>
      <Field label="邀请码" error={error}>
        <Input
          className="invite-code-input"
          value={code}
          maxLength={8}
          placeholder="如 K7M2QX9P"
          onChange={(v: string) => {
            setCode(v)
            if (v.trim().length === 8) void look(v)
          }}
        />
      </Field>
      {!invite ? (
        <Button className="invite-look" block loading={busy} onClick={() => void look(code)}>
          查看邀请
        </Button>
      ) : (
        <View className="invite-preview">
          <Text className="invite-preview__what">{grantText(invite)}</Text>
          <Text className="invite-preview__who">邀请：{invite.note}</Text>
          <Text className="invite-preview__when">{inviteStatusLine(invite)}</Text>
          <Button
            className="invite-accept-button"
            type="primary"
            size="large"
            block
            loading={busy}
            disabled={invite.status !== 'open'}
            onClick={() => void accept()}
          >
            {invite.status === 'open' ? '接受邀请' : '这个邀请码已不能使用'}
          </Button>
        </View>
      )}
    </Card>
  )
}
