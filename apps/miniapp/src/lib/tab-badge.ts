import Taro from '@tarojs/taro'

/** Tab positions in app.config.ts's tabBar list. */
const TAB_INDEX = { repair: 1 } as const

/**
 * The red number on a tab (消息 is entered from home, so the badge that counts is on 报修: unread news about the
 * person's own reports). Taro draws it on H5 too. Outside a tab page WeChat refuses the call; the next tab page
 * shown sets it again, so a refusal is dropped.
 */
export function setTabBadge(tab: keyof typeof TAB_INDEX, count: number): void {
  const index = TAB_INDEX[tab]
  const done = () => undefined
  if (count > 0) {
    Taro.setTabBarBadge({ index, text: count > 99 ? '99+' : String(count) }).then(done, done)
  } else {
    Taro.removeTabBarBadge({ index }).then(done, done)
  }
}
