import { Card } from '../../components/card'
import { CompoundSwitch } from '../../components/compound-switch'
import { ElderToggle } from '../../components/elder-toggle'
import { PageShell } from '../../components/page-shell'
import { MyBindings } from '../../features/binding/my-bindings'
import { useMyBindings } from '../../features/binding/use-my-bindings'
import { LogoutButton } from '../../features/profile/logout-button'
import { ProfileCard } from '../../features/profile/profile-card'
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
      </Card>
      <MyBindings bindings={bindings} />
      <LogoutButton />
    </PageShell>
  )
}
