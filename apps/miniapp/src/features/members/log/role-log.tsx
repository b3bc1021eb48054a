import { ROLE_LABEL, type Role, type RoleLogEntry } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadRoleLog } from '../api'

const roleList = (roles: readonly Role[]) => roles.map((r) => ROLE_LABEL[r]).join('、') || '无'

const ACTION: Record<RoleLogEntry['action'], string> = {
  roles_set: '修改角色',
  invite_accepted: '接受邀请',
  committee_granted: '登记业委会委员',
}

/** 角色记录: every change of roles with who, when and why, newest first (for the community admin). */
export function RoleLog({ compoundId, changes }: { compoundId: string; changes: number }) {
  const log = useRemote(() => loadRoleLog(compoundId), [compoundId, changes])
  return (
    <Card title="角色记录" className="role-log">
      {log.loading && !log.data ? <Loading /> : null}
      {log.error ? <ErrorNote message={log.error} onRetry={log.reload} /> : null}
      {log.data?.length === 0 ? <Empty text="还没有角色变动。" /> : null}
      {log.data?.map((e) => (
        <ListRow
          key={`${e.at}-${e.subjectId}-${e.action}`}
          className="role-log-entry"
          title={`${e.subjectName}：${roleList(e.before)} → ${roleList(e.after)}`}
          sub={`${ACTION[e.action]} · ${e.actorName} · ${dateTimeText(e.at)} · 原因：${e.reason}`}
        />
      ))}
    </Card>
  )
}
