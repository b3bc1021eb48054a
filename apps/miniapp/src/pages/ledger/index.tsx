import { CompoundSwitch } from '../../components/compound-switch'
import { PageShell } from '../../components/page-shell'
import { ErrorNote, Loading } from '../../components/status'
import { monthlyFee } from '../../features/compound/fee'
import { FeeCard } from '../../features/compound/fee-card'
import { formatFen } from '../../features/compound/format'
import { MyUnitsCard } from '../../features/compound/my-units-card'
import { useCompound, useUnitsOf } from '../../features/compound/use-compound-facts'
import { VerifyPrompt } from '../../features/compound/verify-prompt'
import { hasRole, useMembership } from '../../state/session'

/** 账本 tab. For now: what bills are computed from (fee model, rate, the owner's areas); the ledger replaces this body. */
export default function LedgerPage() {
  const m = useMembership()
  const compound = useCompound(m?.compoundId)
  const units = useUnitsOf(m?.compoundId, m?.unitIds ?? [])
  const rate = compound.data?.settings.feeModel.ratePerSqmFen
  return (
    <PageShell className='ledger'>
      <CompoundSwitch />
      {compound.loading && !compound.data ? <Loading /> : null}
      {compound.error ? <ErrorNote message={compound.error} onRetry={compound.reload} /> : null}
      {compound.data ? <FeeCard compound={compound.data} /> : null}
      {hasRole(m, 'owner') ? (
        <MyUnitsCard units={units} extraOf={(u) => (rate === undefined ? undefined : `每月 ${formatFen(monthlyFee(u.area, rate))}`)} />
      ) : (
        <VerifyPrompt what='查看小区每一笔收支' canRequest={hasRole(m, 'resident')} />
      )}
    </PageShell>
  )
}
