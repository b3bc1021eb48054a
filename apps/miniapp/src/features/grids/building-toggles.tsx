import { Text, View } from '@tarojs/components'
import { cx } from '../../components/cx'
import { pressable } from '../../components/pressable'
import '../../components/choice-chips.scss'

export interface BuildingChoice {
  buildingId: string
  name: string
  /** The other grid that holds it: shown, not selectable (a building belongs to at most one grid). */
  takenBy?: string
}

/** Several buildings chosen at once, as large chips (checkboxes to a screen reader). */
export function BuildingToggles({
  choices,
  selected,
  onToggle,
}: {
  choices: BuildingChoice[]
  selected: readonly string[]
  onToggle(buildingId: string): void
}) {
  return (
    <View className="choice-chips choice-chips--3 building-toggles">
      {choices.map((b) => {
        const on = selected.includes(b.buildingId)
        const press = b.takenBy ? undefined : () => onToggle(b.buildingId)
        return (
          <View
            key={b.buildingId}
            className={cx(
              'choice-chip',
              'building-toggle',
              on && 'choice-chip--selected',
              b.takenBy && 'building-toggle--taken',
            )}
            ariaRole="checkbox"
            ariaChecked={on}
            ariaLabel={b.takenBy ? `${b.name}（属于${b.takenBy}）` : on ? `${b.name}（已选）` : b.name}
            onClick={press}
            {...pressable(press)}
          >
            <Text className="choice-chip__label">{b.name}</Text>
            {b.takenBy ? <Text className="choice-chip__hint">属于{b.takenBy}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
