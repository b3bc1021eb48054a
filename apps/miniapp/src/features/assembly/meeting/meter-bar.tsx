import { Text, View } from '@tarojs/components'
import { barWidth } from '../shared/numbers'
import './meter-bar.scss'

interface Props {
  label: string
  part: number
  whole: number
  /** Where the line is drawn, in percent of the track (66.7 for the quorum). */
  markAt: number
  markLabel: string
  /** The figures in words; the bar only helps (DOMAIN A3). */
  figures: string
  reached: boolean
}

/** A bar drawn with views (no chart library in the package, DOMAIN W6) with the line it has to pass. */
export function MeterBar({ label, part, whole, markAt, markLabel, figures, reached }: Props) {
  return (
    <View className="meter-bar" ariaLabel={`${label}：${figures}，${reached ? '已达到' : '未达到'}${markLabel}`}>
      <View className="meter-bar__head">
        <Text className="meter-bar__label">{label}</Text>
        <Text className={`meter-bar__state meter-bar__state--${reached ? 'ok' : 'no'}`}>
          {reached ? '已达到' : '未达到'}
        </Text>
      </View>
      <View className="meter-bar__track">
        <View
          className={`meter-bar__fill meter-bar__fill--${reached ? 'ok' : 'no'}`}
          style={{ width: `${barWidth(part, whole)}%` }}
        />
        <View className="meter-bar__mark" style={{ left: `${markAt}%` }} />
      </View>
      <Text className="meter-bar__figures">
        {figures}（线：{markLabel}）
      </Text>
    </View>
  )
}
