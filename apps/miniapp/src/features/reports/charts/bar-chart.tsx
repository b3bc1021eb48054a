import { Text, View } from '@tarojs/components'
import EChart from 'taro-react-echarts'
import { chartSummary, chartValueText, type ChartSpec } from '@jiayuan/domain'
import { windowWidth } from '../../../lib/platform'
import { useElderMode } from '../../../state/elder-mode'
import { barOption, chartHeight } from './bar-option'
import { echarts } from './echarts'
import './charts.scss'

/** The page's and the card's side padding together, in px, at either text size. */
const SIDE_PADDING = 64

/**
 * A bar chart with its numbers beside it: the canvas carries an aria-label with every value, and the table
 * under it shows the same numbers as text for screen readers and elder mode (larger text, no reading bars).
 * The canvas is as wide as its card: only the height is given, since taro-react-echarts reads a style width
 * such as '100%' as a number of pixels.
 */
export function BarChart({ spec }: { spec: ChartSpec }) {
  const elder = useElderMode()
  const look = { elder, width: Math.max(240, windowWidth() - SIDE_PADDING) }
  const empty = spec.categories.length === 0
  return (
    <View className={`report-chart report-chart--${spec.key}`}>
      <Text className="report-chart__title">{spec.title}</Text>
      {empty ? (
        <Text className="muted">本月没有数据。</Text>
      ) : (
        <>
          <View className="report-chart__canvas" ariaRole="img" ariaLabel={chartSummary(spec)}>
            {/* Remounted when elder mode changes, so the canvas is measured again at its new height. */}
            <EChart
              key={elder ? 'elder' : 'normal'}
              echarts={echarts}
              option={barOption(spec, look) as never}
              isPage={false}
              style={{ height: `${chartHeight(spec, look)}px` }}
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
                    {chartValueText(spec, s.values[i] ?? 0)}
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
