import { z } from 'zod'
import { Id, IsoTime, Role } from './common'
import { Membership } from './compound'

export const User = z.object({
  userId: Id,
  displayName: z.string().min(1).max(40),
  createdAt: IsoTime,
})
export type User = z.infer<typeof User>

/** What a login answers with. The WeChat session key never appears here (DOMAIN W1). */
export const Session = z.object({
  token: z.string(),
  expiresAt: IsoTime,
  user: User,
  memberships: z.array(Membership),
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
