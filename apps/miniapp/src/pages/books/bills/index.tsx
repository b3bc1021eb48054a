import { canCall, ledger } from '@jiayuan/contracts'
import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { MyBills } from '../../../features/ledger/bills/my-bills'
import { useMembership } from '../../../state/session'

export default function BillsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-bills">
      <CompoundSwitch />
      {m ? (
        <MyBills key={m.compoundId} compoundId={m.compoundId} canPay={canCall(ledger.createPayOrder, m.roles)} />
      ) : null}
    </PageShell>
  )
}
