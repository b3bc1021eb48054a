import {
  assembly,
  bulletins,
  canCall,
  compound,
  governance,
  joining,
  ledger,
  neighbours,
  reports,
  tickets,
  type Endpoint,
  type Role,
} from '@jiayuan/contracts'
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
    | 'gridSetup'
    | 'settings'
    | 'ledger'
    | 'bills'
    | 'expense'
    | 'payment'
    | 'approvals'
    | 'monthlyReport'
    | 'board'
    | 'disclosure'
    | 'escalations'
    | 'bulletins'
    | 'qrCode'
    | 'parties'
    | 'neighbours'
  label: string
  hint: string
  route: RouteName
  /** A page of the books subpackage, opened instead of `route` (the 账本 tab, which lists the same tools). */
  book?: BookPage
}

/** Each action names the call its page is for, so it can never lead someone to a page the API refuses them. */
const ACTIONS: Record<HomeAction['id'], Omit<HomeAction, 'id'> & { endpoint: Endpoint }> = {
  // Straight to the form: reporting takes at most 3 taps from home (DOMAIN A4).
  report: { label: '随手拍报修', hint: '拍照报告小区里的问题', route: 'ticketReport', endpoint: tickets.createTicket },
  myTickets: { label: '我的报修', hint: '进度、时限，确认和评价', route: 'repair', endpoint: tickets.myTickets },
  bind: {
    label: '认证业主',
    hint: '上传产权证明，认证后可参与表决、查看账本',
    route: 'bindingRequest',
    endpoint: compound.requestBinding,
  },
  units: { label: '我的房屋', hint: '面积与每月物业费', route: 'ledger', endpoint: ledger.myBills },
  assembly: {
    label: '业主议事',
    hint: '公告、投票、看结果、核对回执',
    route: 'assembly',
    endpoint: assembly.castBallot,
  },
  gridTickets: { label: '网格工单', hint: '认领、处理我网格的工单', route: 'ticketQueue', endpoint: tickets.gridQueue },
  grids: { label: '我的网格', hint: '我负责的楼栋', route: 'repair', endpoint: tickets.gridQueue },
  dispatch: { label: '派单台', hint: '分类、派单、改派', route: 'ticketConsole', endpoint: tickets.dispatchConsole },
  ticketStats: {
    label: '工单统计',
    hint: '每月数量、用时、满意度',
    route: 'ticketStats',
    endpoint: tickets.ticketStats,
  },
  overview: { label: '小区概况', hint: '楼栋、房屋和面积', route: 'overview', endpoint: compound.listBuildings },
  review: {
    label: '认证审核',
    hint: '核对产权证明，通过或退回',
    route: 'reviewBindings',
    endpoint: compound.decideBinding,
  },
  roll: {
    label: '导入花名册',
    hint: '先检查，再导入房屋和业主名册',
    route: 'rollImport',
    endpoint: compound.importRoll,
  },
  members: {
    label: '网格与角色',
    hint: '邀请物业和网格员，改角色，登记业委会',
    route: 'members',
    endpoint: compound.listMembers,
  },
  gridSetup: { label: '网格划分', hint: '新建网格，划入楼栋', route: 'gridSetup', endpoint: compound.putGrid },
  settings: {
    label: '小区设置',
    hint: '城市规则、收费、从众、异议期、工单时限',
    route: 'compoundSettings',
    endpoint: compound.updateSettings,
  },
  // Reading the ledger is one tap from home (DOMAIN A4).
  ledger: { label: '账本', hint: '每一笔收支，可在手机上验证', route: 'ledger', endpoint: ledger.getSummary },
  bills: { label: '我的账单', hint: '缴费状态与缴费记录', route: 'ledger', book: 'bills', endpoint: ledger.myBills },
  expense: {
    label: '提交支出',
    hint: '附发票，交业委会审批',
    route: 'ledger',
    book: 'expense',
    endpoint: ledger.proposeExpense,
  },
  payment: {
    label: '登记收款',
    hint: '按账单登记物业费',
    route: 'ledger',
    book: 'payment',
    endpoint: ledger.recordPayment,
  },
  approvals: {
    label: '支出审批',
    hint: '核对凭证，通过或退回',
    route: 'ledger',
    book: 'approvals',
    endpoint: ledger.approveExpense,
  },
  monthlyReport: {
    label: '物业月报',
    hint: '每月工单、收支与议事情况',
    route: 'monthlyReport',
    endpoint: reports.listReports,
  },
  escalations: {
    label: '上报件',
    hint: '上报到社区的工单：签收、答复、办结',
    route: 'ticketEscalations',
    endpoint: tickets.listEscalations,
  },
  bulletins: {
    label: '小区公告',
    hint: '发布停水、停电等通知，看谁已读',
    route: 'bulletins',
    endpoint: bulletins.listBulletins,
  },
  qrCode: {
    label: '小区码',
    hint: '居民扫码加入；下载大堂海报',
    route: 'compoundQr',
    endpoint: joining.compoundQr,
  },
  board: { label: '工单公示', hint: '小区正在处理的问题', route: 'ticketBoard', endpoint: tickets.ticketBoard },
  disclosure: {
    label: '公开栏',
    hint: '物业公示的收费、账目、合同，可提异议',
    route: 'disclosureBoard',
    endpoint: reports.getDisclosureBoard,
  },
  parties: {
    label: '三方共治',
    hint: '党支部、业委会、物业；联席会议与决定台账',
    route: 'parties',
    endpoint: governance.threeParties,
  },
  neighbours: {
    label: '邻里互助',
    hint: '求助、当志愿者、钥匙管家',
    route: 'neighbours',
    endpoint: neighbours.listAsks,
  },
}

/**
 * Which quick actions each role's home puts forward: a short, chosen list, not everything the role may do (the
 * tabs hold the rest). An action shows only when its endpoint's policy also lets the person call it.
 */
const BY_ROLE: Record<Role, Array<HomeAction['id']>> = {
  resident: ['report', 'myTickets', 'bind'],
  owner: ['report', 'myTickets', 'ledger', 'bills', 'units', 'assembly'],
  grid_worker: ['gridTickets', 'grids'],
  property_staff: ['dispatch', 'bulletins', 'expense', 'payment', 'ticketStats', 'overview'],
  committee_member: ['review', 'approvals', 'bulletins', 'roll', 'ticketStats', 'qrCode'],
  community_admin: ['escalations', 'members', 'roll', 'overview', 'gridSetup', 'settings', 'qrCode'],
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
  // The three parties, their joint meetings and the decision ledger (DOMAIN G1–G3) are for everyone there.
  ids.add('parties')
  // Neighbours helping neighbours (DOMAIN H1, H2, H4): residents ask and volunteer; staff and the committee
  // record the volunteers' hours there.
  if (roles.some((r) => r !== 'grid_worker')) ids.add('neighbours')
  // Owners are already verified; the binding entry is for residents who are not yet.
  if (isOwner) ids.delete('bind')
  return [...ids].flatMap((id) => {
    const { endpoint, ...action } = ACTIONS[id]
    return canCall(endpoint, roles) ? [{ id, ...action }] : []
  })
}
