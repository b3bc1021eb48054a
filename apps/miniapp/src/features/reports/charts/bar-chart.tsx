import { Text, View } from '@tarojs/components'
import EChart from 'taro-react-echarts'
import { barOption, chartSummary, valueText, type ChartSpec } from './chart-data'
import { echarts } from './echarts'
import './charts.scss'

const ROW_PX = 34

/**
 * A bar chart with its numbers beside it: the canvas carries an aria-label with every value, and the table
 * under it shows the same numbers as text for screen readers and elder mode (larger text, no reading bars).
 */
export function BarChart({ spec }: { spec: ChartSpec }) {
  const empty = spec.categories.length === 0
  const height = Math.max(
    120,
    spec.categories.length * ROW_PX * spec.series.length + (spec.series.length > 1 ? 40 : 16),
  )
  return (
    <View className={`report-chart report-chart--${spec.key}`}>
      <Text className="report-chart__title">{spec.title}</Text>
      {empty ? (
        <Text className="muted">本月没有数据。</Text>
      ) : (
        <>
          <View className="report-chart__canvas" ariaRole="img" ariaLabel={chartSummary(spec)}>
            <EChart
              echarts={echarts}
              option={barOption(spec) as never}
              isPage={false}
              style={{ height: `${height}px`, width: '100%' }}
            />
          </View>
          <View className="report-chart__table" ariaLabel={`${spec.title}的数字`}>
            {spec.series.length > 1 ? (
              <View className="report-chart__row report-chart__row--head">
                <Text className="report-chart__cell report-chart__cell--name">项目</Text>
                {spec.series.map((s) => (
                  <Text key={s.name} className="report-chart__cell">
                    {s.name}
                  </Text>
                ))}
              </View>
            ) : null}
            {spec.categories.map((c, i) => (
              <View key={c} className="report-chart__row">
                <Text className="report-chart__cell report-chart__cell--name">{c}</Text>
                {spec.series.map((s) => (
                  <Text key={s.name} className="report-chart__cell">
                    {valueText(spec, s.values[i] ?? 0)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  )
}
