import { useState } from 'react'
import { platform, type Invite } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { grantText, inviteStatusLine, INVITE_STATUS_TEXT } from '../../components/invite-text'
import { IssuedInvite } from '../../components/issued-invite'
import { ListRow } from '../../components/list-row'
import { Button, Input } from '../../components/nut'
import { Empty, ErrorNote } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { messageOf } from '../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../lib/form-errors'
import { inviteCommunityAdmin, loadCommunityInvites } from './api'

type F = 'note'
const FIX: Record<F, string> = { note: '请写明邀请谁' }

/** The community's admins and the invites that name them (single use, with an expiry). */
export function CommunityAdmins({ communityId }: { communityId: string }) {
  const data = useRemote(() => loadCommunityInvites(communityId), [communityId])
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<Invite | undefined>()

  async function invite(): Promise<void> {
    const parsed = platform.inviteCommunityAdmin.body.safeParse({ note })
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      setIssued(await inviteCommunityAdmin(communityId, parsed.data))
      setNote('')
      data.reload()
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="社区管理员" className="community-admins">
      {data.error ? <ErrorNote message={data.error} onRetry={data.reload} /> : null}
      {data.data?.admins.length === 0 ? <Empty text="还没有社区管理员，请发出邀请。" /> : null}
      {data.data?.admins.map((a) => (
        <ListRow key={a.userId} className="community-admin" title={a.displayName} sub="社区管理员" />
      ))}
      <Field label="邀请谁" hint="对方凭邀请码成为本社区的管理员，管理社区里的全部小区" error={errors.note}>
        <Input className="admin-invite-note" value={note} placeholder="如：社区书记 何平" onChange={setNote} />
      </Field>
      {failure ? <ErrorNote message={failure} /> : null}
      <Button className="invite-admin" type="primary" size="large" block loading={busy} onClick={() => void invite()}>
        生成邀请码
      </Button>
      {issued ? <IssuedInvite invite={issued} /> : null}
      {data.data?.invites.map((i) => (
        <ListRow
          key={i.code}
          className={`invite-row invite-row--${i.status}`}
          title={`${i.note}（${i.code}）`}
          sub={`${grantText(i)} · ${inviteStatusLine(i)}`}
          extra={INVITE_STATUS_TEXT[i.status]}
        />
      ))}
    </Card>
  )
}
