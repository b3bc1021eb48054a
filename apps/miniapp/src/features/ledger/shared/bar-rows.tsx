import type { CategoryTotal } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Empty } from '../../../components/status'
import './bar-rows.scss'

interface Props {
  rows: CategoryTotal[]
  tone: 'income' | 'expense'
  empty: string
}

/** Amounts by category as bars drawn with views: no chart library in the package (DOMAIN W6). */
export function BarRows({ rows, tone, empty }: Props) {
  if (rows.length === 0) return <Empty text={empty} />
  const max = Math.max(...rows.map((r) => Math.abs(r.fen)), 1)
  return (
    <View className={`bar-rows bar-rows--${tone}`}>
      {rows.map((r) => {
        // Width only: the amount shown is the exact fen figure.
        const width = Math.max(2, Math.round((Math.abs(r.fen) * 100) / max))
        return (
          <View key={r.category} className="bar-row" ariaLabel={`${r.label} ${yuanText(r.fen)}`}>
            <View className="bar-row__head">
              <Text className="bar-row__label">{r.label}</Text>
              <Text className="bar-row__amount">{yuanText(r.fen)}</Text>
            </View>
            <View className="bar-row__track">
              <View className={`bar-row__fill bar-row__fill--${tone}`} style={{ width: `${width}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
