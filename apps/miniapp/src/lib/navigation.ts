import { withQuery } from '@jiayuan/contracts'
import Taro from '@tarojs/taro'

/** Every page of the app, by name; app.config.ts lists the same paths. */
export const ROUTES = {
  home: '/pages/index/index',
  repair: '/pages/repair/index',
  assembly: '/pages/assembly/index',
  ledger: '/pages/ledger/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  bindingRequest: '/pages/binding/request/index',
  reviewBindings: '/pages/admin/bindings/index',
  rollImport: '/pages/admin/roll-import/index',
  members: '/pages/admin/members/index',
  overview: '/pages/admin/overview/index',
  units: '/pages/admin/units/index',
  gridSetup: '/pages/admin/grids/index',
  compoundSettings: '/pages/admin/settings/index',
  compoundQr: '/pages/admin/qr/index',
  join: '/pages/join/index',
  ticketReport: '/pages/tickets/report/index',
  ticketDetail: '/pages/tickets/detail/index',
  ticketQueue: '/pages/tickets/queue/index',
  ticketConsole: '/pages/tickets/console/index',
  ticketBoard: '/pages/tickets/board/index',
  ticketSla: '/pages/tickets/sla/index',
  ticketStats: '/pages/tickets/stats/index',
  ticketReveals: '/pages/tickets/reveals/index',
  ticketEscalations: '/pages/tickets/escalations/index',
  monthlyReport: '/pages/report/month/index',
  disclosureBoard: '/pages/report/board/index',
  serviceRating: '/pages/report/rating/index',
  reportEditor: '/pages/report/edit/index',
  sharedReport: '/pages/report/shared/index',
  inbox: '/pages/inbox/index',
  notifySettings: '/pages/inbox/settings/index',
  bulletins: '/pages/bulletins/index',
  bulletinDetail: '/pages/bulletins/detail/index',
  bulletinNew: '/pages/bulletins/new/index',
  platformConsole: '/pages/platform/index',
  community: '/pages/platform/community/index',
  compoundNew: '/pages/platform/compound-new/index',
  invite: '/pages/platform/invite/index',
  parties: '/pages/governance/index',
  jointMeetings: '/pages/governance/meetings/index',
  jointMeeting: '/pages/governance/meeting/index',
  decisions: '/pages/governance/decisions/index',
  streetDesk: '/pages/above/street/index',
  departmentDesk: '/pages/above/department/index',
  streetCompound: '/pages/above/compound/index',
  communityDesk: '/pages/above/community/index',
  streetCriteria: '/pages/above/criteria/index',
  aboveTicket: '/pages/above/ticket/index',
  streetFund: '/pages/above/fund/index',
  care: '/pages/care/index',
  careElder: '/pages/care/elder/index',
  rectify: '/pages/rectify/index',
  rectNew: '/pages/rectify/new/index',
  rectDetail: '/pages/rectify/detail/index',
  rectCompany: '/pages/rectify/company/index',
  neighbours: '/pages/neighbours/index',
  contributions: '/pages/neighbours/contributions/index',
  keys: '/pages/neighbours/keys/index',
  teams: '/pages/neighbours/teams/index',
  assessmentRubric: '/pages/assessment/rubric/index',
  assessmentQuarter: '/pages/assessment/quarter/index',
  assessmentSheet: '/pages/assessment/sheet/index',
  assessmentResult: '/pages/assessment/result/index',
  assessmentCriteria: '/pages/assessment/criteria/index',
} as const

export type RouteName = keyof typeof ROUTES

const TABS: ReadonlySet<RouteName> = new Set(['home', 'repair', 'assembly', 'ledger', 'me'])

/** Opens a page, with a query such as `{ id }` for pages that are not tabs (switchTab drops queries). */
export function go(route: RouteName, query: Record<string, string> = {}): void {
  const url = withQuery(ROUTES[route], query)
  if (TABS.has(route)) void Taro.switchTab({ url: ROUTES[route] })
  else void Taro.navigateTo({ url })
}

/** Drops the page stack and opens `route`, e.g. after login or logout. */
export function restart(route: RouteName): void {
  void Taro.reLaunch({ url: ROUTES[route] })
}

/** Whether the page showing now is one of the tab pages (they have no back). */
export function onTabPage(): boolean {
  const path = Taro.getCurrentInstance().router?.path.split('?')[0] ?? ''
  return [...TABS].some((tab) => ROUTES[tab] === path || ROUTES[tab] === `/${path}`)
}

/** The title the page's own config gives it (`navigationBarTitleText`); the browser title as a fallback. */
export function pageTitle(): string {
  const page = Taro.getCurrentInstance().page as { config?: { navigationBarTitleText?: string } } | null | undefined
  return page?.config?.navigationBarTitleText ?? (typeof document === 'undefined' ? '' : document.title)
}

export function back(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else restart('home')
}
