import { Text, View } from '@tarojs/components'
import { setElderMode, useElderMode } from '../state/elder-mode'
import { cx } from './cx'
import './elder-toggle.scss'

/** One tap turns elder mode on or off (DOMAIN A1); the words say the state, not only the colour. */
export function ElderToggle({ tone = 'light' }: { tone?: 'light' | 'onBrand' }) {
  const on = useElderMode()
  return (
    <View
      className={cx('elder-toggle', on && 'elder-toggle--on', tone === 'onBrand' && 'elder-toggle--on-brand')}
      ariaRole="switch"
      ariaChecked={on}
      ariaLabel={on ? '长辈模式已开启，点按关闭' : '长辈模式已关闭，点按开启'}
      onClick={() => setElderMode(!on)}
    >
      <Text className="elder-toggle__label">长辈模式</Text>
      <Text className="elder-toggle__state">{on ? '已开' : '已关'}</Text>
    </View>
  )
}
