import { canCall, compound, ledger, tickets } from '@jiayuan/contracts'
import { PageShell } from '../../components/page-shell'
import { usePendingCount } from '../../features/binding-review/use-pending-count'
import { GridsCard } from '../../features/compound/grids-card'
import { MyUnitsCard } from '../../features/compound/my-units-card'
import { useBuildingsAndGrids, useUnitsOf } from '../../features/compound/use-compound-facts'
import { HomeBulletins } from '../../features/bulletins/home-bulletins'
import { DeskEntries, worksAbove } from '../../features/above/desk-entries'
import { PanelEntry } from '../../features/assessment/panel-entry'
import { CareHomeTile } from '../../features/care/care-home-tile'
import { Greeting } from '../../features/home/greeting'
import { QuickActions } from '../../features/home/quick-actions'
import { JoinScreen } from '../../features/joining/join-screen'
import { HomeProjects } from '../../features/ledger/projects/home-projects'
import { InboxEntry } from '../../features/inbox/inbox-entry'
import { PersonalInboxRow } from '../../features/inbox/personal-inbox-row'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useMembership, useSession } from '../../state/session'

export default function HomePage() {
  const session = useSession()
  const m = useMembership()
  const pending = usePendingCount(m?.compoundId, canCall(compound.decideBinding, m?.roles))
  useReloadOnShow(pending.reload)
  const units = useUnitsOf(m?.compoundId, m?.unitIds ?? [])
  const isGridWorker = canCall(tickets.gridQueue, m?.roles)
  const facts = useBuildingsAndGrids(isGridWorker ? m?.compoundId : undefined)
  const myGrids = (facts.data?.grids ?? []).filter((g) => m?.gridIds.includes(g.gridId))
  return (
    <PageShell className="home">
      <Greeting name={session?.user.displayName ?? ''} membership={m} />
      {m ? <CareHomeTile compoundId={m.compoundId} /> : null}
      {m ? <HomeBulletins compoundId={m.compoundId} /> : null}
      {m ? <InboxEntry compoundId={m.compoundId} /> : null}
      <DeskEntries session={session} inbox={<PersonalInboxRow />} />
      {session ? <PanelEntry /> : null}
      {m ? <QuickActions roles={m.roles} pendingReviews={pending.data} /> : null}
      {!m && !worksAbove(session) ? <JoinScreen /> : null}
      {m && canCall(ledger.myBills, m.roles) ? <MyUnitsCard units={units} /> : null}
      {m && canCall(ledger.pledgeProject, m.roles) ? <HomeProjects compoundId={m.compoundId} /> : null}
      {m && isGridWorker && facts.data ? (
        <GridsCard
          title="我的网格"
          buildings={facts.data.buildings}
          grids={myGrids}
          myGridIds={m.gridIds}
          showUncovered={false}
        />
      ) : null}
    </PageShell>
  )
}
