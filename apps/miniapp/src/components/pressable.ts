import { isH5 } from '../lib/platform'

/**
 * Makes a tappable View usable from a keyboard in the browser (WCAG 2.1.1): it joins the Tab order and Enter or
 * Space presses it, as a real button would. WeChat has no keyboard focus, so the weapp build gets nothing.
 */
export function pressable(onPress: (() => void) | undefined): Record<string, unknown> {
  if (!isH5 || !onPress) return {}
  return {
    tabIndex: 0,
    onKeyDown: (event: { key?: string; preventDefault?: () => void }) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault?.()
      onPress()
    },
  }
}
