import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { PaymentForm } from '../../../features/ledger/bills/payment-form'
import { useMembership } from '../../../state/session'

export default function PaymentPage() {
  const m = useMembership()
  return (
    <PageShell className="books-payment">
      <CompoundSwitch />
      {m ? <PaymentForm key={m.compoundId} compoundId={m.compoundId} /> : null}
    </PageShell>
  )
}
