import { Text, View } from '@tarojs/components'
import { cx } from './cx'
import { pressable } from './pressable'
import './choice-chips.scss'

export interface Choice<T extends string> {
  value: T
  label: string
  hint?: string
}

interface Props<T extends string> {
  options: ReadonlyArray<Choice<T>>
  value?: T
  onChange(value: T): void
  /** Class on each chip, for tests and styling (e.g. `unit-chip`). */
  chipClassName?: string
  columns?: 1 | 2 | 3 | 4
}

/** A single choice as large chips: easier to hit than a wheel picker, and every option is visible. */
export function ChoiceChips<T extends string>({ options, value, onChange, chipClassName, columns = 3 }: Props<T>) {
  return (
    <View className={`choice-chips choice-chips--${columns}`} ariaRole="radiogroup">
      {options.map((o) => {
        const selected = o.value === value
        return (
          <View
            key={o.value}
            className={cx('choice-chip', chipClassName, selected && 'choice-chip--selected')}
            ariaRole="radio"
            ariaChecked={selected}
            ariaLabel={selected ? `${o.label}（已选）` : o.label}
            onClick={() => onChange(o.value)}
            {...pressable(() => onChange(o.value))}
          >
            <Text className="choice-chip__label">{o.label}</Text>
            {o.hint ? <Text className="choice-chip__hint">{o.hint}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
