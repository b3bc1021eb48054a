import { shanghaiMonth } from '@jiayuan/domain'
import { PageShell } from '../../../components/page-shell'
import { BudgetEditor } from '../../../features/ledger/budget/budget-editor'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function BudgetEditPage() {
  const m = useMembership()
  const params = usePageParams()
  const year = Number(params.year) || Number(shanghaiMonth(new Date()).slice(0, 4))
  return (
    <PageShell className="books-budget-edit">
      {m ? <BudgetEditor key={`${m.compoundId}-${year}`} compoundId={m.compoundId} year={year} /> : null}
    </PageShell>
  )
}
