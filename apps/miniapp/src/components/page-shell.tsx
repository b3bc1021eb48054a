import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { restart } from '../lib/navigation'
import { useElderMode } from '../state/elder-mode'
import { useSession } from '../state/session'
import { cx } from './cx'

interface Props {
  children: ReactNode
  className?: string
  /** Pages other than login send people without a session to the login page. */
  requireLogin?: boolean
}

/** The root of every page: carries the elder-mode class (DOMAIN A1) that the design tokens hang on. */
export function PageShell({ children, className, requireLogin = true }: Props) {
  const elder = useElderMode()
  const session = useSession()
  const blocked = requireLogin && !session
  useEffect(() => {
    if (blocked) restart('login')
  }, [blocked])
  return <View className={cx('page', elder && 'elder', className)}>{blocked ? null : children}</View>
}
