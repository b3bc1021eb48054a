import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { MyFund } from '../../../features/ledger/fund/my-fund'
import { useMembership } from '../../../state/session'

export default function FundPage() {
  const m = useMembership()
  return (
    <PageShell className="books-fund">
      <CompoundSwitch />
      {m ? <MyFund key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
