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
} as const

export type RouteName = keyof typeof ROUTES

const TABS: ReadonlySet<RouteName> = new Set(['home', 'repair', 'assembly', 'ledger', 'me'])

/** Opens a page; tab pages can only be reached with switchTab on WeChat. */
export function go(route: RouteName): void {
  const url = ROUTES[route]
  if (TABS.has(route)) void Taro.switchTab({ url })
  else void Taro.navigateTo({ url })
}

/** Drops the page stack and opens `route`, e.g. after login or logout. */
export function restart(route: RouteName): void {
  void Taro.reLaunch({ url: ROUTES[route] })
}

export function back(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else restart('home')
}
