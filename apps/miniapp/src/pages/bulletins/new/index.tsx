import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { BulletinForm } from '../../../features/bulletins/bulletin-form'
import { useMembership } from '../../../state/session'

export default function NewBulletinPage() {
  const m = useMembership()
  return (
    <PageShell className="bulletin-new-page">
      {m ? <BulletinForm compoundId={m.compoundId} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
