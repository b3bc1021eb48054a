import { Card } from '../../components/card'
import { CompoundSwitch } from '../../components/compound-switch'
import { ElderToggle } from '../../components/elder-toggle'
import { ListRow } from '../../components/list-row'
import { PageShell } from '../../components/page-shell'
import { MyBindings } from '../../features/binding/my-bindings'
import { useMyBindings } from '../../features/binding/use-my-bindings'
import { LogoutButton } from '../../features/profile/logout-button'
import { ProfileCard } from '../../features/profile/profile-card'
import { go } from '../../lib/navigation'
import { useMembership, useSession } from '../../state/session'

export default function MePage() {
  const session = useSession()
  const m = useMembership()
  const bindings = useMyBindings(m)
  return (
    <PageShell className="me">
      {session ? <ProfileCard session={session} /> : null}
      <Card title="设置" className="settings">
        <CompoundSwitch />
        <ElderToggle />
        <ListRow
          className="notify-settings-entry"
          title="消息提醒"
          sub="报修进展怎样通知我：微信、短信"
          extra="›"
          onClick={() => go('notifySettings')}
        />
      </Card>
      <Card title="管理与邀请" className="admin-entries">
        {session?.user.platformAdmin || session?.communities?.length ? (
          <ListRow
            className="platform-console-entry"
            title={session.user.platformAdmin ? '平台管理' : '社区管理'}
            sub={session.user.platformAdmin ? '新建社区，邀请社区管理员' : '社区里的小区：新建小区、邀请管理员'}
            extra="›"
            onClick={() => go('platformConsole')}
          />
        ) : null}
        <ListRow
          className="invite-entry"
          title="输入邀请码"
          sub="物业、网格员、社区管理员凭邀请码加入"
          extra="›"
          onClick={() => go('invite')}
        />
      </Card>
      <MyBindings bindings={bindings} />
      <LogoutButton />
    </PageShell>
  )
}
