import { PageShell } from '../../../components/page-shell'
import { SharedReport } from '../../../features/reports/shared-report'
import { usePageParams } from '../../../lib/route-params'

/** A report opened from a share link (H5, in an owners' group): no login asked. */
export default function SharedReportPage() {
  const { token } = usePageParams()
  return (
    <PageShell className="report-shared-page" requireLogin={false}>
      <SharedReport token={token} />
    </PageShell>
  )
}
