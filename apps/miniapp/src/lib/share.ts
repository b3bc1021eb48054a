import Taro from '@tarojs/taro'
import { withQuery } from '@jiayuan/contracts'
import { h5Base } from './config'
import { isH5 } from './platform'

export interface ChatShare {
  title: string
  /** A page of the mini-program with its query, e.g. `/pages/report/month/index?month=2025-10`. */
  path: string
}

/**
 * WeChat's 转发 (the ··· menu and share buttons) sends this page to a chat as a mini-program card. The page's
 * config must say `enableShareAppMessage: true`. H5 has no such menu; people share H5 pages by their address.
 */
export function useShareToChat(message: () => ChatShare): void {
  Taro.useShareAppMessage(() => message())
}

/** The address of an app page in the H5 build (hash routing), for people who open it in a browser. */
export function h5PageLink(page: string, query: Record<string, string>): string {
  const base = isH5 ? `${window.location.origin}${window.location.pathname}` : h5Base
  return `${base}#${withQuery(page, query)}`
}

/** Puts text on the clipboard; WeChat and Taro's H5 both tell the person it was copied. */
export async function copyText(text: string): Promise<void> {
  await Taro.setClipboardData({ data: text })
}
