import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { switchCompound, useMembership, useSession } from '../state/session'
import { cx } from './cx'
import './compound-switch.scss'

/** The compound being looked at, and a switch for people in more than one (e.g. an owner who rents elsewhere). */
export function CompoundSwitch({ tone = 'light' }: { tone?: 'light' | 'onBrand' }) {
  const session = useSession()
  const current = useMembership()
  const [open, setOpen] = useState(false)
  const memberships = session?.memberships ?? []
  if (!current) return null
  return (
    <View className={cx('compound-switch', tone === 'onBrand' && 'compound-switch--on-brand')}>
      <View className="compound-switch__row">
        <Text className="compound-switch__name current-compound">{current.compoundName}</Text>
        {memberships.length > 1 ? (
          <View className="compound-switch__button" ariaRole="button" onClick={() => setOpen(!open)}>
            {open ? '收起' : '切换小区'}
          </View>
        ) : null}
      </View>
      {open ? (
        <View className="compound-switch__options">
          {memberships.map((m) => (
            <View
              key={m.compoundId}
              className={cx('compound-option', m.compoundId === current.compoundId && 'compound-option--current')}
              ariaRole="button"
              onClick={() => {
                switchCompound(m.compoundId)
                setOpen(false)
              }}
            >
              {m.compoundName}
              {m.compoundId === current.compoundId ? '（当前）' : ''}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
