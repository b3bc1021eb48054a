import { useState } from 'react'
import { platform, ROLE_LABEL, type Grid, type Invite } from '@jiayuan/contracts'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { inviteStatusLine, grantText, INVITE_STATUS_TEXT } from '../../../components/invite-text'
import { IssuedInvite } from '../../../components/issued-invite'
import { ListRow } from '../../../components/list-row'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { inviteMember, loadInvites } from '../api'

type StaffRole = 'property_staff' | 'grid_worker'
const STAFF_ROLES: readonly StaffRole[] = ['property_staff', 'grid_worker']

type F = 'roles' | 'gridIds' | 'note'
const FIX: Record<F, string> = { roles: '请选择角色', gridIds: '请选择网格', note: '请写明邀请谁' }

/** 邀请物业、网格员: a single-use code with an expiry, shown to copy and send; the list shows who used which. */
export function InviteStaff({ compoundId, grids }: { compoundId: string; grids: readonly Grid[] }) {
  const invites = useRemote(() => loadInvites(compoundId), [compoundId])
  const [roles, setRoles] = useState<StaffRole[]>(['grid_worker'])
  const [gridIds, setGridIds] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<Invite | undefined>()

  async function submit(): Promise<void> {
    const body = { roles, gridIds: roles.includes('grid_worker') ? gridIds : [], note }
    const parsed = platform.inviteMember.body.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    if (roles.includes('grid_worker') && gridIds.length === 0) return setErrors({ gridIds: '网格员至少负责一个网格' })
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      setIssued(await inviteMember(compoundId, parsed.data))
      setNote('')
      invites.reload()
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card title="邀请物业、网格员" className="invite-staff">
      <Field label="角色" error={errors.roles}>
        <ToggleChips
          label="邀请的角色"
          options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          values={roles}
          onChange={setRoles}
          chipClassName="invite-role-chip"
          columns={2}
        />
      </Field>
      {roles.includes('grid_worker') ? (
        <Field label="负责的网格" error={errors.gridIds} hint={grids.length ? undefined : '请先划分网格'}>
          <ToggleChips
            label="负责的网格"
            options={grids.map((g) => ({ value: g.gridId, label: g.name }))}
            values={gridIds}
            onChange={setGridIds}
            chipClassName="invite-grid-chip"
            columns={2}
          />
        </Field>
      ) : null}
      <Field label="邀请谁" error={errors.note}>
        <Input className="staff-invite-note" value={note} placeholder="如：网格员 钱师傅" onChange={setNote} />
      </Field>
      {failure ? <ErrorNote message={failure} /> : null}
      <Button
        className="invite-staff-submit"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        生成邀请码（7 天内有效）
      </Button>
      {issued ? <IssuedInvite invite={issued} /> : null}
      {invites.error ? <ErrorNote message={invites.error} onRetry={invites.reload} /> : null}
      {invites.data?.slice(0, 20).map((i) => (
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
