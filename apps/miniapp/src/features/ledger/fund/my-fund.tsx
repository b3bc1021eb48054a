import type { ResponseOf, ledger } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { openBook } from '../../../lib/books-pages'
import { loadMyFund } from '../api'

type UnitFund = ResponseOf<typeof ledger.myFund>['units'][number]

function UnitFundCard({ unit }: { unit: UnitFund }) {
  return (
    <Card title={unit.unitLabel} extra={areaText(unit.areaCentiSqm)} className="my-fund-unit">
      <ListRow
        className="my-fund-building"
        title={`${unit.buildingName}维修资金余额`}
        sub="本楼各户共有，按面积承担"
        extra={yuanText(unit.buildingFundFen)}
      />
      <ListRow className="my-fund-charged" title="已从本户分摊" extra={yuanText(unit.chargedFen)} />
      <View className="my-fund-charges">
        <Text className="field__label">分摊记录</Text>
        {unit.charges.length === 0 ? <Empty text="还没有从本户分摊的维修资金支出。" /> : null}
        {unit.charges.map((c) => (
          <ListRow
            key={c.expenseId}
            className="my-fund-charge"
            title={`${c.memo} ${yuanText(c.fen)}`}
            sub={`${c.scopeText}业主表决「${c.motionTitle}」· 收款 ${c.counterparty} · 账本第 ${c.postedSeq} 笔`}
            onClick={() => openBook('expenseDetail', { expenseId: c.expenseId })}
          />
        ))}
      </View>
    </Card>
  )
}

/**
 * 我家的维修资金 (DOMAIN F11): for each of the owner's units, its building's fund now and every payout charged
 * to it by area, each opening the payout with its vote, evidence and the whole 分摊清单.
 */
export function MyFund({ compoundId }: { compoundId: string }) {
  const units = useRemote(() => loadMyFund(compoundId), [compoundId])
  useReloadOnShow(units.reload)
  return (
    <View className="my-fund">
      {units.loading && !units.data ? <Loading /> : null}
      {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
      {units.data?.length === 0 ? <Empty text="您名下还没有房屋。" /> : null}
      {(units.data ?? []).map((u) => (
        <UnitFundCard key={u.unitId} unit={u} />
      ))}
      <Card title="分摊规则" className="fund-rule">
        <Text className="muted">
          专项维修资金按楼栋记账。动用维修资金须经受益楼栋（单元）业主表决通过（第 5
          类事项），支出按各户面积分摊到表决范围内的房屋，分到分，合计与支出金额一致。
        </Text>
      </Card>
    </View>
  )
}
