import type { Membership, Role } from '@jiayuan/contracts'
import { NAMED_OWNERS } from './demo-roll'

export const DEMO_COMPOUND = {
  compoundId: 'c-hexie',
  name: '和谐家园',
  street: '朝晖街道',
  community: '和谐社区',
  address: '杭州市下城区和谐路 88 号',
  city: '杭州',
  ticketPrefix: 'HX',
}
/** The demo's community (社区): its admin 郑强 runs both compounds. */
export const DEMO_COMMUNITY = {
  communityId: 'cm-hexie',
  name: '和谐社区',
  street: '朝晖街道',
  district: '下城区',
}

/** The demo's street (街道) above the community, and the departments it whistles to (DOMAIN G4, T12). */
export const DEMO_STREET = { streetId: 'st-zhaohui', name: '朝晖街道', district: '下城区' }
export const DEMO_DEPARTMENTS = [
  { departmentId: 'd-chengguan', name: '朝晖城管中队', kind: 'chengguan' },
  { departmentId: 'd-xiaofang', name: '朝晖消防站', kind: 'xiaofang' },
  { departmentId: 'd-zhujian', name: '下城区住建局', kind: 'zhujian' },
] as const

/** The property company serving both demo compounds, as one organisation (DOMAIN S3). */
export const DEMO_COMPANY = { companyId: 'co-anju', name: '杭州安居物业服务有限公司' }

export const SECOND_COMPOUND = {
  compoundId: 'c-xingfu',
  name: '幸福里',
  street: '朝晖街道',
  community: '和谐社区',
  address: '杭州市下城区幸福路 6 号',
  city: '杭州',
  ticketPrefix: 'XF',
}

export interface PersonaSpec {
  personaId: string
  displayName: string
  description: string
  /** Contact phone the person gave (requester side of a ticket's contact card); work phone for staff roles. */
  phone?: string
  workPhone?: string
  /** Platform admin (a flag on the person, not a compound role): creates communities and names their admins. */
  platformAdmin?: boolean
  /** Communities the person administers (ids without the test prefix). */
  communities?: string[]
  /** Streets the person works for (ids without the test prefix). */
  streets?: string[]
  /** Departments the person works for (ids without the test prefix). */
  departments?: string[]
  /** Property companies the person works for (ids without the test prefix). */
  companies?: string[]
  memberships: Array<{ compoundId: string; roles: Role[]; gridIds?: string[]; ownerId?: string; unitIds?: string[] }>
}

const hexie = DEMO_COMPOUND.compoundId
const owner = (o: { ownerId: string; units: readonly string[] }) => ({ ownerId: o.ownerId, unitIds: [...o.units] })

/** The bootstrap platform admin: the one persona that `npm start -- --empty` seeds too. */
export const PLATFORM_ADMIN: PersonaSpec = {
  personaId: 'platform-admin',
  displayName: '平台管理员',
  description: '平台管理员：新建社区和小区，邀请社区管理员',
  platformAdmin: true,
  memberships: [],
}

/** One seeded person for every role, so a new developer can see each role's home at once. */
export const PERSONAS: PersonaSpec[] = [
  {
    personaId: 'resident',
    displayName: '王芳',
    description: '住户（租户），可随手拍报修',
    phone: '13905710001',
    memberships: [{ compoundId: hexie, roles: ['resident'] }],
  },
  {
    personaId: 'newcomer',
    displayName: '林晓',
    description: '新住户，尚未认证业主身份',
    phone: '13905710002',
    memberships: [{ compoundId: hexie, roles: ['resident'] }],
  },
  {
    personaId: 'owner',
    displayName: '李建国',
    description: '业主，名下两套房；也住在幸福里',
    memberships: [
      { compoundId: hexie, roles: ['resident', 'owner'], ...owner(NAMED_OWNERS.lijianguo) },
      { compoundId: SECOND_COMPOUND.compoundId, roles: ['resident'] },
    ],
  },
  {
    personaId: 'co-owner',
    displayName: '张伟',
    description: '业主，与刘洋共有一套房，是指定投票人',
    memberships: [{ compoundId: hexie, roles: ['resident', 'owner'], ...owner(NAMED_OWNERS.zhangwei) }],
  },
  {
    personaId: 'grid-a',
    displayName: '陈静',
    description: '网格员，负责第一网格（1、2号楼）',
    workPhone: '0571-86001001',
    memberships: [{ compoundId: hexie, roles: ['grid_worker'], gridIds: ['grid-a'] }],
  },
  {
    personaId: 'grid-b',
    displayName: '赵磊',
    description: '网格员，负责第二网格（3号楼）',
    workPhone: '0571-86001002',
    memberships: [{ compoundId: hexie, roles: ['grid_worker'], gridIds: ['grid-b'] }],
  },
  {
    personaId: 'staff',
    displayName: '孙丽',
    description: '物业客服，分派工单、登记收支',
    workPhone: '0571-86000000',
    memberships: [{ compoundId: hexie, roles: ['property_staff'] }],
  },
  {
    personaId: 'committee',
    displayName: '周明',
    description: '业委会主任，审核认证、审批支出',
    memberships: [
      { compoundId: hexie, roles: ['resident', 'owner', 'committee_member'], ...owner(NAMED_OWNERS.zhouming) },
    ],
  },
  {
    personaId: 'committee-2',
    displayName: '吴红',
    description: '业委会委员，第二位审批人',
    memberships: [
      { compoundId: hexie, roles: ['resident', 'owner', 'committee_member'], ...owner(NAMED_OWNERS.wuhong) },
    ],
  },
  {
    personaId: 'admin',
    displayName: '郑强',
    description: '社区管理员，管理两个小区的楼栋、网格和角色',
    communities: [DEMO_COMMUNITY.communityId],
    memberships: [
      { compoundId: hexie, roles: ['community_admin'] },
      { compoundId: SECOND_COMPOUND.compoundId, roles: ['community_admin'] },
    ],
  },
  {
    personaId: 'party',
    displayName: '刘建华',
    description: '小区党支部书记，参加联席会议并代表党支部确认纪要',
    memberships: [{ compoundId: hexie, roles: ['resident'] }],
  },
  {
    personaId: 'street',
    displayName: '钱进',
    description: '朝晖街道工作人员，查看辖区小区的联席会议和决定，可吹哨部门',
    workPhone: '0571-86002000',
    streets: [DEMO_STREET.streetId],
    memberships: [],
  },
  {
    personaId: 'street-2',
    displayName: '周敏',
    description: '朝晖街道工作人员，美好家园基金的第二位审批人（双人复核）',
    workPhone: '0571-86002001',
    streets: [DEMO_STREET.streetId],
    memberships: [],
  },
  {
    personaId: 'chengguan',
    displayName: '何勇',
    description: '朝晖城管中队队员，签收和办理吹哨报到',
    workPhone: '0571-86003000',
    departments: ['d-chengguan'],
    memberships: [],
  },
  {
    personaId: 'company',
    displayName: '孙经理',
    description: '杭州安居物业的经理，在整改工作台回复两个小区的整改通知',
    workPhone: '0571-86000001',
    companies: [DEMO_COMPANY.companyId],
    memberships: [],
  },
  {
    personaId: 'elder',
    displayName: '刘秀英',
    description: '独居老人，住 1-1-102，每天早上报平安，与王芳结对（窗帘之约）',
    phone: '13905710003',
    memberships: [{ compoundId: hexie, roles: ['resident'] }],
  },
  PLATFORM_ADMIN,
]

export function personaMemberships(p: PersonaSpec, names: Record<string, string>): Membership[] {
  return p.memberships.map((m) => ({
    compoundId: m.compoundId,
    compoundName: names[m.compoundId] ?? m.compoundId,
    roles: m.roles,
    gridIds: m.gridIds ?? [],
    unitIds: m.unitIds ?? [],
    ...(m.ownerId ? { ownerId: m.ownerId } : {}),
  }))
}
