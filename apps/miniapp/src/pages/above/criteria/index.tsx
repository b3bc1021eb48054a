import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { CriteriaScreen } from '../../../features/above/criteria-screen'
import { usePageParams } from '../../../lib/route-params'

export default function StreetCriteriaPage() {
  const id = usePageParams().id
  return (
    <PageShell className="street-criteria-page">
      {id ? <CriteriaScreen streetId={id} /> : <Empty text="没有指定街道" />}
    </PageShell>
  )
}
