import { Fragment, useState } from 'react'
import { canCall, compound, ROLE_LABEL, type MemberView } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useMembership, useSession } from '../../state/session'
import { loadBuildings, loadGrids, loadMembers } from './api'
import { CommitteeCard } from './committee/committee-card'
import { committeeText } from './committee/committee-text'
import { MemberEditor } from './edit/member-editor'
import { InviteStaff } from './invite/invite-staff'
import { RoleLog } from './log/role-log'

/**
 * 人员与角色: who holds which role and which buildings each grid covers (names masked for non-admins by the
 * API). The community admin invites staff and grid workers, changes and removes roles with a reason, records
 * the committee from a filing or an election, and reads the role log.
 */
export function MembersScreen({ compoundId }: { compoundId: string }) {
  const me = useSession()?.user.userId
  const canEdit = canCall(compound.setMemberRoles, useMembership()?.roles)
  const [editing, setEditing] = useState<string | undefined>()
  const [changes, setChanges] = useState(0)
  const data = useRemote(
    () =>
      Promise.all([loadMembers(compoundId), loadGrids(compoundId), loadBuildings(compoundId)]).then(
        ([members, grids, buildings]) => ({ members, grids, buildings }),
      ),
    [compoundId, changes],
  )
  if (data.loading && !data.data) return <Loading />
  if (data.error || !data.data) return <ErrorNote message={data.error ?? '没有数据'} onRetry={data.reload} />
  const { members, grids, buildings } = data.data
  const gridName = (id: string) => grids.find((g) => g.gridId === id)?.name ?? id
  const buildingName = (id: string) => buildings.find((b) => b.buildingId === id)?.name ?? id
  const changed = () => {
    setEditing(undefined)
    setChanges((n) => n + 1)
  }
  // Nobody changes their own roles (the API refuses it too): one's own row has no editor.
  const editLabel = (userId: string) => (userId === me ? '本人' : editing === userId ? '收起' : '修改')
  const sub = (m: MemberView) =>
    [m.roles.map((r) => ROLE_LABEL[r]).join('、') || '没有角色', m.committee ? committeeText(m.committee) : '']
      .filter(Boolean)
      .join(' · ')
  return (
    <>
      <Card title="网格" extra={`${grids.length} 个`} className="grids-list">
        {grids.map((g) => (
          <ListRow
            key={g.gridId}
            className="grid-item"
            title={g.name}
            sub={g.buildingIds.map(buildingName).join('、') || '尚未划入楼栋'}
          />
        ))}
      </Card>
      {canEdit ? <InviteStaff compoundId={compoundId} grids={grids} /> : null}
      <Card title="成员与角色" extra={`${members.length} 人`} className="members-list">
        {members.map((m) => (
          <Fragment key={m.userId}>
            <ListRow
              className={`member-item${editing === m.userId ? ' member-item--open' : ''}`}
              title={m.displayName}
              sub={sub(m)}
              extra={canEdit ? editLabel(m.userId) : m.gridIds.map(gridName).join('、') || undefined}
              {...(canEdit && m.userId !== me
                ? { onClick: () => setEditing(editing === m.userId ? undefined : m.userId) }
                : {})}
            />
            {editing === m.userId ? (
              <MemberEditor compoundId={compoundId} member={m} grids={grids} onSaved={changed} />
            ) : null}
          </Fragment>
        ))}
      </Card>
      {canEdit ? <CommitteeCard compoundId={compoundId} members={members} onRecorded={changed} /> : null}
      {canEdit ? <RoleLog compoundId={compoundId} changes={changes} /> : null}
    </>
  )
}
