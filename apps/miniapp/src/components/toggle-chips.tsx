import { Text, View } from '@tarojs/components'
import type { Choice } from './choice-chips'
import { cx } from './cx'
import { pressable } from './pressable'
import './choice-chips.scss'

interface Props<T extends string> {
  options: ReadonlyArray<Choice<T>>
  values: readonly T[]
  onChange(values: T[]): void
  chipClassName?: string
  columns?: 1 | 2 | 3 | 4
  /** What the group chooses, for screen readers (`角色`). */
  label: string
}

/** Several choices as large chips, each toggled on and off (roles, grids, committee members). */
export function ToggleChips<T extends string>({
  options,
  values,
  onChange,
  chipClassName,
  columns = 3,
  label,
}: Props<T>) {
  const toggle = (v: T) => onChange(values.includes(v) ? values.filter((x) => x !== v) : [...values, v])
  return (
    <View className={`choice-chips choice-chips--${columns}`} ariaRole="group" ariaLabel={label}>
      {options.map((o) => {
        const selected = values.includes(o.value)
        return (
          <View
            key={o.value}
            className={cx('choice-chip', chipClassName, selected && 'choice-chip--selected')}
            ariaRole="checkbox"
            ariaChecked={selected}
            ariaLabel={selected ? `${o.label}（已选）` : o.label}
            onClick={() => toggle(o.value)}
            {...pressable(() => toggle(o.value))}
          >
            <Text className="choice-chip__label">{o.label}</Text>
            {o.hint ? <Text className="choice-chip__hint">{o.hint}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
