import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/status'
import { BulletinList } from '../../features/bulletins/bulletin-list'
import { useMembership } from '../../state/session'

export default function BulletinsPage() {
  const m = useMembership()
  return (
    <PageShell className="bulletins-page">
      {m ? <BulletinList compoundId={m.compoundId} roles={m.roles} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
