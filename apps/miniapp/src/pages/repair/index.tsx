import { CompoundSwitch } from '../../components/compound-switch'
import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { RepairHub } from '../../features/tickets/hub/repair-hub'
import { useMembership } from '../../state/session'

/** 报修 tab: 随手拍 and my reports for residents; the grid queue, dispatch console and stats for those who handle them. */
export default function RepairPage() {
  const m = useMembership()
  return (
    <PageShell className="repair">
      <CompoundSwitch />
      {m ? <RepairHub membership={m} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
