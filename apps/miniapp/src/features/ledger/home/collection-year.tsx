import { percentText, yuanText } from '@jiayuan/domain'
import { ListRow } from '../../../components/list-row'
import { useRemote } from '../../../hooks/use-remote'
import { loadCollectionRate } from '../api'

/** The year's property-fee collection rate, as an aggregate only: no household is named (F9, P3). */
export function CollectionYear({ compoundId, year }: { compoundId: string; year: string }) {
  const rate = useRemote(() => loadCollectionRate(compoundId, year), [compoundId, year])
  const r = rate.data
  if (!r) return null
  return (
    <ListRow
      className="collection-year"
      title={`${year} 年物业费收缴率`}
      sub={`全年 ${r.bills} 张账单，应收 ${yuanText(r.billedFen)}，已收 ${yuanText(r.paidFen)}（只公布总数）`}
      extra={r.rateBasisPoints === null ? '未出账' : percentText(r.rateBasisPoints)}
    />
  )
}
