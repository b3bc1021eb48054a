import { Text, View } from '@tarojs/components'
import './bar-list.scss'

/** Counts as labelled bars: the number is written out, the bar only helps the eye (DOMAIN A3). */
export function BarList({ rows, className }: { rows: Array<{ label: string; value: number }>; className?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  return (
    <View className={`bar-list ${className ?? ''}`}>
      {rows.map((r) => (
        <View key={r.label} className="bar-row" ariaLabel={`${r.label} ${r.value} 件`}>
          <Text className="bar-row__label">{r.label}</Text>
          <View className="bar-row__track">
            <View className="bar-row__bar" style={{ width: `${(r.value / max) * 100}%` }} />
          </View>
          <Text className="bar-row__value">{r.value}</Text>
        </View>
      ))}
    </View>
  )
}
