import type { Role } from '@jiayuan/contracts'
import type { RouteName } from '../../lib/navigation'

export interface HomeAction {
  id: 'report' | 'bind' | 'units' | 'assembly' | 'grids' | 'overview' | 'review' | 'roll' | 'members'
  label: string
  hint: string
  route: RouteName
}

const ACTIONS: Record<HomeAction['id'], Omit<HomeAction, 'id'>> = {
  report: { label: '随手拍报修', hint: '拍照报告小区里的问题', route: 'repair' },
  bind: { label: '认证业主', hint: '上传产权证明，认证后可参与表决、查看账本', route: 'bindingRequest' },
  units: { label: '我的房屋', hint: '面积与每月物业费', route: 'ledger' },
  assembly: { label: '业主议事', hint: '我的表决权与小区房屋总数', route: 'assembly' },
  grids: { label: '我的网格', hint: '我负责的楼栋', route: 'repair' },
  overview: { label: '小区概况', hint: '楼栋、房屋和面积', route: 'overview' },
  review: { label: '认证审核', hint: '核对产权证明，通过或退回', route: 'reviewBindings' },
  roll: { label: '导入花名册', hint: '先检查，再导入房屋和业主名册', route: 'rollImport' },
  members: { label: '网格与角色', hint: '小区成员、角色和网格', route: 'members' },
}

/** Which roles see which quick action on home; each leads to a page that works today. */
const BY_ROLE: Record<Role, Array<HomeAction['id']>> = {
  resident: ['report', 'bind'],
  owner: ['report', 'units', 'assembly'],
  grid_worker: ['grids'],
  property_staff: ['overview'],
  committee_member: ['review', 'roll'],
  community_admin: ['members', 'roll', 'overview'],
}

export function homeActions(roles: readonly Role[]): HomeAction[] {
  const isOwner = roles.includes('owner')
  const ids = new Set(roles.flatMap((r) => BY_ROLE[r]))
  // Owners are already verified; the binding entry is for residents who are not yet.
  if (isOwner) ids.delete('bind')
  return [...ids].map((id) => ({ id, ...ACTIONS[id] }))
}
