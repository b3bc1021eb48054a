import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { restart } from '../lib/navigation'
import { isH5 } from '../lib/platform'
import { useElderMode } from '../state/elder-mode'
import { useSession } from '../state/session'
import { cx } from './cx'
import { TitleBar } from './title-bar'

interface Props {
  children: ReactNode
  className?: string
  /** Pages other than login send people without a session to the login page. */
  requireLogin?: boolean
}

/**
 * In a browser the Taro runtime scrolls each page inside its own box, which a keyboard cannot reach unless
 * something in it takes focus (WCAG 2.1.1; axe scrollable-region-focusable). The page root takes focus, so
 * Tab then the arrow keys scroll a page that has no button of its own, such as a ledger line.
 */
const PAGE_KEYBOARD = { tabIndex: 0 }

/**
 * The root of every page: carries the elder-mode class (DOMAIN A1) that the design tokens hang on, and on H5 the
 * title bar with 返回 of every sub-page.
 */
export function PageShell({ children, className, requireLogin = true }: Props) {
  const elder = useElderMode()
  const session = useSession()
  const blocked = requireLogin && !session
  useEffect(() => {
    if (blocked) restart('login')
  }, [blocked])
  // The H5 tab bar lives outside every page: elder mode marks the document too, so app.scss can enlarge it.
  useEffect(() => {
    if (isH5) document.documentElement.classList.toggle('elder', elder)
  }, [elder])
  return (
    <View className={cx('page', elder && 'elder', className)} {...(isH5 ? PAGE_KEYBOARD : {})}>
      {blocked ? null : (
        <>
          {/* The login page is where people start: it has nowhere to go back to. */}
          {requireLogin ? <TitleBar /> : null}
          {children}
        </>
      )}
    </View>
  )
}
