import { useState } from 'react'
import { ROLE_LABEL, compound, type Grid, type MemberView, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { errorsFromFailure, errorsFromZod, type FormErrors } from '../../../lib/form-errors'
import { setRoles } from '../api'
import './member-editor.scss'

type Editable = Exclude<Role, 'owner' | 'committee_member'>
const EDITABLE: readonly Editable[] = ['resident', 'grid_worker', 'property_staff', 'community_admin']

type F = 'roles' | 'gridIds' | 'reason'
const FIX: Record<F, string> = { roles: '请选择角色', gridIds: '请选择网格', reason: '请填写原因' }

interface Props {
  compoundId: string
  member: MemberView
  grids: readonly Grid[]
  onSaved(): void
}

/**
 * Changes one member's roles and grids with a reason; removing a role asks first. Owner comes only from a
 * binding (V13) and the committee role only from an election or a filing (G1): here it can only be removed.
 */
export function MemberEditor({ compoundId, member, grids, onSaved }: Props) {
  const [roles, setRoleList] = useState<Editable[]>(
    member.roles.filter((r): r is Editable => (EDITABLE as readonly Role[]).includes(r)),
  )
  const [keepCommittee, setKeepCommittee] = useState(member.roles.includes('committee_member'))
  const [gridIds, setGridIds] = useState<string[]>(member.gridIds)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FormErrors<F>>({})
  const [failure, setFailure] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  async function save(): Promise<void> {
    const next: Role[] = [...roles, ...(keepCommittee ? (['committee_member'] as const) : [])]
    const body = { roles: next, gridIds: roles.includes('grid_worker') ? gridIds : [], reason }
    const parsed = compound.setMemberRoles.body.safeParse(body)
    if (!parsed.success) return setErrors(errorsFromZod(parsed.error, FIX))
    const removed = member.roles.filter((r) => r !== 'owner' && !next.includes(r))
    if (removed.length) {
      const names = removed.map((r) => ROLE_LABEL[r]).join('、')
      const ok = await confirm(
        '移除角色',
        `将移除${member.displayName}的${names}角色，下次操作起即失效。原因：${reason}`,
      )
      if (!ok) return
    }
    setErrors({})
    setFailure(undefined)
    setBusy(true)
    try {
      await setRoles(compoundId, member.userId, parsed.data)
      toast('已保存')
      onSaved()
    } catch (err) {
      setErrors(errorsFromFailure(err, FIX))
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="member-editor">
      <Field label="角色" error={errors.roles}>
        <ToggleChips
          label="角色"
          options={EDITABLE.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          values={roles}
          onChange={setRoleList}
          chipClassName="role-chip"
          columns={2}
        />
      </Field>
      {member.roles.includes('owner') ? <Text className="muted">业主身份来自产权认证，这里不能修改。</Text> : null}
      {member.roles.includes('committee_member') ? (
        <Field label="业委会委员" hint="委员来自选举结果或备案；这里只能在卸任时移除">
          <ToggleChips
            label="业委会委员"
            options={[{ value: 'keep', label: keepCommittee ? '保留委员' : '已选择移除' }]}
            values={keepCommittee ? ['keep'] : []}
            onChange={(v) => setKeepCommittee(v.includes('keep'))}
            chipClassName="committee-keep-chip"
            columns={1}
          />
        </Field>
      ) : null}
      {roles.includes('grid_worker') ? (
        <Field label="负责的网格" error={errors.gridIds}>
          <ToggleChips
            label="负责的网格"
            options={grids.map((g) => ({ value: g.gridId, label: g.name }))}
            values={gridIds}
            onChange={setGridIds}
            chipClassName="grid-chip"
            columns={2}
          />
        </Field>
      ) : null}
      <Field label="原因" hint="记入角色记录：谁、何时、为什么" error={errors.reason}>
        <Input className="role-reason" value={reason} placeholder="如：调离本小区" onChange={setReason} />
      </Field>
      {failure ? <ErrorNote message={failure} /> : null}
      <Button className="save-roles" type="primary" size="large" block loading={busy} onClick={() => void save()}>
        保存角色
      </Button>
    </View>
  )
}
