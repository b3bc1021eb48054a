import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { CompanyDeskScreen } from '../../../features/rectify/company-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

export default function CompanyDeskPage() {
  const session = useSession()
  const { id } = usePageParams()
  const company = session?.companies?.find((c) => c.companyId === id) ?? session?.companies?.[0]
  return (
    <PageShell className="company-desk">
      {company ? <CompanyDeskScreen company={company} /> : <Empty text="您不是物业企业的工作人员。" />}
    </PageShell>
  )
}
