import { PageShell } from '../../../components/page-shell'
import { ConsoleScreen } from '../../../features/assembly/committee/console-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ConsolePage() {
  const m = useMembership()
  const { edit } = usePageParams()
  return (
    <PageShell className="vote-console">
      {m ? <ConsoleScreen compoundId={m.compoundId} editId={edit} /> : null}
    </PageShell>
  )
}
