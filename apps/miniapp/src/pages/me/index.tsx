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
      <MyBindings bindings={bindings} />
      <LogoutButton />
    </PageShell>
  )
}
