import { PageShell } from '../../../components/page-shell'
import { MyPanelsList, SheetScreen } from '../../../features/assessment/sheet-screen'
import { usePageParams } from '../../../lib/route-params'

export default function SheetPage() {
  const { street, quarter, compound } = usePageParams()
  return (
    <PageShell className="assessment-sheet-page">
      {street && quarter && compound ? (
        <SheetScreen evaluation={{ streetId: street, quarter, compoundId: compound }} />
      ) : (
        <MyPanelsList />
      )}
    </PageShell>
  )
}
