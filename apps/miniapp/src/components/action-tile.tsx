import { Text, View } from '@tarojs/components'
import { cx } from './cx'
import { pressable } from './pressable'
import './action-tile.scss'

interface Props {
  label: string
  hint?: string
  /** A count worth a look, e.g. pending reviews; 0 shows nothing. */
  badge?: number
  className?: string
  onClick(): void
}

export function ActionTile({ label, hint, badge, className, onClick }: Props) {
  const spoken = badge ? `${label}，${badge} 条待处理` : label
  return (
    <View
      className={cx('action-tile', className)}
      ariaRole="button"
      ariaLabel={spoken}
      onClick={onClick}
      {...pressable(onClick)}
    >
      <View className="action-tile__top">
        <Text className="action-tile__label">{label}</Text>
        {badge ? <Text className="action-tile__badge">{badge > 99 ? '99+' : badge}</Text> : null}
      </View>
      {hint ? <Text className="action-tile__hint">{hint}</Text> : null}
    </View>
  )
}
