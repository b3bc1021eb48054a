import type { FundPayoutView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { areaText, yuanText } from '@jiayuan/domain'
import { useState } from 'react'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'

const FIRST = 8

/**
 * 分摊清单 of a maintenance-fund payout (F11): the vote's scope, what each building's fund pays, the reader's
 * own share first, then every unit by area (unit numbers and areas, never names, P1).
 */
export function FundCharges({ payout }: { payout: FundPayoutView }) {
  const [all, setAll] = useState(false)
  const shown = all ? payout.charges : payout.charges.slice(0, FIRST)
  return (
    <View className="fund-charges">
      <Text className="field__label">{`维修资金分摊（${payout.scopeText}，按面积）`}</Text>
      {payout.buildings.map((b) => (
        <ListRow
          key={b.buildingId}
          className="fund-charges__building"
          title={`${b.name}维修资金支出`}
          sub={`${b.units} 户按面积分摊`}
          extra={yuanText(b.fen)}
        />
      ))}
      {payout.mine.map((c) => (
        <ListRow
          key={`mine-${c.unitLabel}`}
          className="fund-charges__mine"
          title={`您家 ${c.unitLabel} 分摊`}
          sub={areaText(c.areaCentiSqm)}
          extra={yuanText(c.fen)}
        />
      ))}
      {shown.map((c) => (
        <ListRow
          key={c.unitLabel}
          className="fund-charge"
          title={c.unitLabel}
          sub={areaText(c.areaCentiSqm)}
          extra={yuanText(c.fen)}
        />
      ))}
      {payout.charges.length > FIRST ? (
        <Button className="fund-charges__toggle" size="large" block onClick={() => setAll(!all)}>
          {all ? '收起' : `展开全部 ${payout.charges.length} 户`}
        </Button>
      ) : null}
    </View>
  )
}
