import { Text, View } from '@tarojs/components'
import { cx } from '../../../components/cx'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '很满意']

interface Props {
  name: string
  label: string
  value?: number
  onChange(score: number): void
}

/** One component's score, 1–5, as five big targets that each say the score in words (DOMAIN A1, A3). */
export function ScoreRow({ name, label, value, onChange }: Props) {
  return (
    <View className={cx('score-row', `score-row-${name}`)}>
      <Text className="score-row__label">
        {label}
        {value ? `：${value} 分，${WORDS[value]}` : '：请选择'}
      </Text>
      <View className="score-row__choices" ariaRole="radiogroup" ariaLabel={label}>
        {[1, 2, 3, 4, 5].map((score) => (
          <View
            key={score}
            className={cx('score-choice', `score-${name}-${score}`, value === score && 'score-choice--on')}
            ariaRole="radio"
            ariaChecked={value === score}
            ariaLabel={`${label} ${score} 分，${WORDS[score]}${value === score ? '（已选）' : ''}`}
            onClick={() => onChange(score)}
          >
            {score}
          </View>
        ))}
      </View>
    </View>
  )
}
