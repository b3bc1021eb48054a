import type { Role } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ActionTile } from '../../components/action-tile'
import { go } from '../../lib/navigation'
import { homeActions } from './actions'
import './quick-actions.scss'

interface Props {
  roles: readonly Role[]
  /** Pending binding requests, shown on 认证审核. */
  pendingReviews?: number
}

export function QuickActions({ roles, pendingReviews }: Props) {
  const actions = homeActions(roles)
  return (
    <View className='quick-actions'>
      {actions.map((a) => (
        <ActionTile
          key={a.id}
          className={`action-${a.id}`}
          label={a.label}
          hint={a.hint}
          {...(a.id === 'review' && pendingReviews !== undefined ? { badge: pendingReviews } : {})}
          onClick={() => go(a.route)}
        />
      ))}
    </View>
  )
}
