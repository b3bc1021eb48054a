import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { FundScreen } from '../../../features/ledger/street-fund/fund-screen'
import { usePageParams } from '../../../lib/route-params'

/** 美好家园基金: `street` for the street's staff (from 街道工作台), `compound` for the people of a compound. */
export default function StreetFundPage() {
  const { street, compound } = usePageParams()
  return (
    <PageShell className="street-fund-page">
      {street ? (
        <FundScreen scope={{ streetId: street }} />
      ) : compound ? (
        <FundScreen scope={{ compoundId: compound }} />
      ) : (
        <Empty text="没有指定街道" />
      )}
    </PageShell>
  )
}
