import type { Role } from '@jiayuan/contracts'
import type { BookPage } from '../../lib/books-pages'
import type { RouteName } from '../../lib/navigation'

export interface HomeAction {
  id:
    | 'report'
    | 'myTickets'
    | 'bind'
    | 'units'
    | 'assembly'
    | 'gridTickets'
    | 'grids'
    | 'dispatch'
    | 'ticketStats'
    | 'overview'
    | 'review'
    | 'roll'
    | 'members'
    | 'ledger'
    | 'bills'
    | 'expense'
    | 'payment'
    | 'approvals'
    | 'monthlyReport'
    | 'board'
    | 'disclosure'
  label: string
  hint: string
  route: RouteName
  /** A page of the books subpackage, opened instead of `route` (the 账本 tab, which lists the same tools). */
  book?: BookPage
}

const ACTIONS: Record<HomeAction['id'], Omit<HomeAction, 'id'>> = {
  // Straight to the form: reporting takes at most 3 taps from home (DOMAIN A4).
  report: { label: '随手拍报修', hint: '拍照报告小区里的问题', route: 'ticketReport' },
  myTickets: { label: '我的报修', hint: '进度、时限，确认和评价', route: 'repair' },
  bind: { label: '认证业主', hint: '上传产权证明，认证后可参与表决、查看账本', route: 'bindingRequest' },
  units: { label: '我的房屋', hint: '面积与每月物业费', route: 'ledger' },
  assembly: { label: '业主议事', hint: '公告、投票、看结果、核对回执', route: 'assembly' },
  gridTickets: { label: '网格工单', hint: '认领、处理我网格的工单', route: 'ticketQueue' },
  grids: { label: '我的网格', hint: '我负责的楼栋', route: 'repair' },
  dispatch: { label: '派单台', hint: '分类、派单、改派', route: 'ticketConsole' },
  ticketStats: { label: '工单统计', hint: '每月数量、用时、满意度', route: 'ticketStats' },
  overview: { label: '小区概况', hint: '楼栋、房屋和面积', route: 'overview' },
  review: { label: '认证审核', hint: '核对产权证明，通过或退回', route: 'reviewBindings' },
  roll: { label: '导入花名册', hint: '先检查，再导入房屋和业主名册', route: 'rollImport' },
  members: { label: '网格与角色', hint: '小区成员、角色和网格', route: 'members' },
  // Reading the ledger is one tap from home (DOMAIN A4).
  ledger: { label: '账本', hint: '每一笔收支，可在手机上验证', route: 'ledger' },
  bills: { label: '我的账单', hint: '缴费状态与缴费记录', route: 'ledger', book: 'bills' },
  expense: { label: '提交支出', hint: '附发票，交业委会审批', route: 'ledger', book: 'expense' },
  payment: { label: '登记收款', hint: '按账单登记物业费', route: 'ledger', book: 'payment' },
  approvals: { label: '支出审批', hint: '核对凭证，通过或退回', route: 'ledger', book: 'approvals' },
  monthlyReport: { label: '物业月报', hint: '每月工单、收支与议事情况', route: 'monthlyReport' },
  board: { label: '工单公示', hint: '小区正在处理的问题', route: 'ticketBoard' },
  disclosure: { label: '公开栏', hint: '物业公示的收费、账目、合同，可提异议', route: 'disclosureBoard' },
}

/** Which roles see which quick action on home; each leads to a page that works today. */
const BY_ROLE: Record<Role, Array<HomeAction['id']>> = {
  resident: ['report', 'myTickets', 'bind'],
  owner: ['report', 'myTickets', 'ledger', 'bills', 'units', 'assembly'],
  grid_worker: ['gridTickets', 'grids'],
  property_staff: ['dispatch', 'expense', 'payment', 'ticketStats', 'overview'],
  committee_member: ['review', 'approvals', 'roll', 'ticketStats'],
  community_admin: ['members', 'roll', 'overview'],
}

export function homeActions(roles: readonly Role[]): HomeAction[] {
  const isOwner = roles.includes('owner')
  const ids = new Set(roles.flatMap((r) => BY_ROLE[r]))
  // What the compound publishes (the masked ticket board, the monthly report) comes last, for everyone who lives there.
  if (roles.some((r) => r === 'resident' || r === 'owner' || r === 'committee_member')) {
    ids.add('board')
    ids.add('monthlyReport')
  }
  // The disclosure board (DOMAIN D1) is for everyone in the compound, staff included: they keep it current.
  ids.add('disclosure')
  // Owners are already verified; the binding entry is for residents who are not yet.
  if (isOwner) ids.delete('bind')
  return [...ids].map((id) => ({ id, ...ACTIONS[id] }))
}
