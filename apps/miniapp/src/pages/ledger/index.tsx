import { canCall, compound, ledger } from '@jiayuan/contracts'
import { CompoundSwitch } from '../../components/compound-switch'
import { PageShell } from '../../components/page-shell'
import { VerifyPrompt } from '../../features/compound/verify-prompt'
import { LedgerHome } from '../../features/ledger/home/ledger-home'
import { useMembership } from '../../state/session'

/** 账本 tab: the owners' books (DOMAIN F5) for owners, the committee and the property staff; others are asked to verify. */
export default function LedgerPage() {
  const m = useMembership()
  const mayRead = canCall(ledger.getSummary, m?.roles)
  return (
    <PageShell className="ledger">
      <CompoundSwitch />
      {m && mayRead ? <LedgerHome key={m.compoundId} membership={m} /> : null}
      {m && !mayRead ? (
        <VerifyPrompt what="查看小区每一笔收支" canRequest={canCall(compound.requestBinding, m.roles)} />
      ) : null}
    </PageShell>
  )
}
