import { withQuery } from '@jiayuan/contracts'
import Taro from '@tarojs/taro'

/**
 * The pages of the vote subpackage (app.config.ts `pages/vote`), by name. Kept beside ROUTES rather than in it
 * because these pages take a query (`?id=…`) and live outside the main package (DOMAIN W6).
 */
export const VOTE_PAGES = {
  meeting: '/pages/vote/meeting/index',
  result: '/pages/vote/result/index',
  console: '/pages/vote/console/index',
  manage: '/pages/vote/manage/index',
} as const

export type VotePage = keyof typeof VOTE_PAGES

export function openVotePage(page: VotePage, query: Record<string, string> = {}): void {
  void Taro.navigateTo({ url: withQuery(VOTE_PAGES[page], query) })
}
