import { View } from '@tarojs/components'
import { cx } from '../../../components/cx'
import './rating-input.scss'

const WORDS = ['', '很不满意', '不满意', '一般', '满意', '很满意']

/** 1–5 as five big targets, each saying its score in words (DOMAIN A1, A3). */
export function RatingInput({ value, onChange }: { value?: number; onChange(score: number): void }) {
  return (
    <View className="rating-input" ariaRole="radiogroup" ariaLabel="满意度评分">
      {[1, 2, 3, 4, 5].map((score) => (
        <View
          key={score}
          className={cx(
            'rating-star',
            `rating-star-${score}`,
            value !== undefined && score <= value && 'rating-star--on',
          )}
          ariaRole="radio"
          ariaChecked={value === score}
          ariaLabel={`${score} 星，${WORDS[score]}${value === score ? '（已选）' : ''}`}
          onClick={() => onChange(score)}
        >
          ★
        </View>
      ))}
      {value ? <View className="rating-input__word">{WORDS[value]}</View> : null}
    </View>
  )
}
