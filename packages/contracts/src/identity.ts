import { z } from 'zod'
import { Id, IsoTime, Role } from './common'
import { Membership } from './compound'
import { CommunityMembership } from './community'
import { DepartmentMembership, StreetMembership } from './above'
import { CompanyMembership } from './rectification'

export const User = z.object({
  userId: Id,
  displayName: z.string().min(1).max(40),
  createdAt: IsoTime,
  /** Platform admin (平台管理员): creates communities and names their first admins; not a compound role. */
  platformAdmin: z.boolean().optional(),
  /** The person's own phone, shared from WeChat (DOMAIN W2); only ever in their own session and profile. */
  phone: z.string().max(20).optional(),
})
export type User = z.infer<typeof User>

/** The single-use code of a tap on WeChat's `getPhoneNumber` button (DOMAIN W2). */
export const SharePhoneRequest = z.object({
  code: z.string().min(1, '请先点“微信授权手机号”').max(128, 'code 过长'),
})

/** What a login answers with. The WeChat session key never appears here (DOMAIN W1). */
export const Session = z.object({
  token: z.string(),
  expiresAt: IsoTime,
  user: User,
  memberships: z.array(Membership),
  /** Communities the person administers (社区管理员). */
  communities: z.array(CommunityMembership).optional(),
  /** Streets the person works for (街道工作人员, DOMAIN G4). */
  streets: z.array(StreetMembership).optional(),
  /** Departments the person works for (城管, 消防 …): they receive whistled requests (DOMAIN G4, T12). */
  departments: z.array(DepartmentMembership).optional(),
  /** Property companies the person works for (物业企业): their 整改工作台 (DOMAIN S3). */
  companies: z.array(CompanyMembership).optional(),
})
export type Session = z.infer<typeof Session>

export const WechatLoginRequest = z.object({
  /** The single-use code from `wx.login` (valid 5 minutes). */
  code: z.string().min(1).max(128),
  displayName: z.string().min(1).max(40).optional(),
})

export const Persona = z.object({
  personaId: Id,
  displayName: z.string(),
  description: z.string(),
  memberships: z.array(z.object({ compoundId: Id, compoundName: z.string(), roles: z.array(Role) })),
})
export type Persona = z.infer<typeof Persona>

export const DevLoginRequest = z.object({ personaId: Id })

/** Local runs only: a brand-new person, as a first WeChat login would make, with the name they typed. */
export const DevNewUserRequest = z.object({
  displayName: z.string().trim().min(1, '请填写称呼').max(20, '称呼最多 20 个字'),
})
