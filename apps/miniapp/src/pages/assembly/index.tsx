import { assembly, canCall, compound } from '@jiayuan/contracts'
import { CompoundSwitch } from '../../components/compound-switch'
import { PageShell } from '../../components/page-shell'
import { ErrorNote, Loading } from '../../components/status'
import { ConsoleEntry } from '../../features/assembly/committee/console-entry'
import { MeetingList } from '../../features/assembly/meeting/meeting-list'
import { useMeetings } from '../../features/assembly/meeting/use-meetings'
import { MyUnitsCard } from '../../features/compound/my-units-card'
import { useUnitsOf } from '../../features/compound/use-compound-facts'
import { VerifyPrompt } from '../../features/compound/verify-prompt'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useMembership } from '../../state/session'

/** 议事 tab: notices and meetings with their state; owners see what they vote with, others how to become one. */
export default function AssemblyPage() {
  const m = useMembership()
  const meetings = useMeetings(m?.compoundId)
  useReloadOnShow(meetings.reload)
  const units = useUnitsOf(m?.compoundId, m?.unitIds ?? [])
  const isOwner = canCall(assembly.castBallot, m?.roles)
  return (
    <PageShell className="assembly">
      <CompoundSwitch />
      {canCall(assembly.createMeeting, m?.roles) ? <ConsoleEntry /> : null}
      {meetings.loading && !meetings.data ? <Loading /> : null}
      {meetings.error ? <ErrorNote message={meetings.error} onRetry={meetings.reload} /> : null}
      {meetings.data ? <MeetingList meetings={meetings.data} /> : null}
      {isOwner ? (
        <MyUnitsCard title="我的表决权（按房屋面积）" units={units} />
      ) : (
        <VerifyPrompt what="参加业主大会表决" canRequest={canCall(compound.requestBinding, m?.roles)} />
      )}
    </PageShell>
  )
}
