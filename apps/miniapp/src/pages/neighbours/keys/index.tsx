import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { KeysScreen } from '../../../features/neighbours/keys/keys-screen'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function KeysPage() {
  const m = useMembership()
  const { id } = usePageParams()
  return (
    <PageShell className="keys-page">
      {m ? <KeysScreen membership={m} {...(id ? { focus: id } : {})} /> : <Empty text="请先加入小区。" />}
    </PageShell>
  )
}
