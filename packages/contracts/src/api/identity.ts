import { z } from 'zod'
import { endpoint } from '../endpoint'
import {
  DevLoginRequest,
  DevNewUserRequest,
  Persona,
  Session,
  SharePhoneRequest,
  User,
  WechatLoginRequest,
} from '../identity'
import { Membership } from '../compound'
import { CommunityMembership } from '../community'
import { DepartmentMembership, StreetMembership } from '../above'
import { CompanyMembership } from '../rectification'

const context = 'identity'

export const health = endpoint({
  id: 'health',
  method: 'get',
  path: '/v1/health',
  summary: 'Liveness',
  context,
  access: { kind: 'public' },
  response: z.object({ ok: z.literal(true), stage: z.string() }),
})

export const wechatLogin = endpoint({
  id: 'auth.wechat',
  method: 'post',
  path: '/v1/auth/wechat',
  summary: 'Exchange a wx.login code for a Jiayuan session (code2Session on the server)',
  context,
  access: { kind: 'public' },
  body: WechatLoginRequest,
  response: Session,
})

export const devPersonas = endpoint({
  id: 'auth.dev.personas',
  method: 'get',
  path: '/v1/auth/dev/personas',
  summary: 'Seeded personas for local runs (only when dev login is enabled)',
  context,
  access: { kind: 'dev' },
  response: z.object({ personas: z.array(Persona) }),
})

export const devLogin = endpoint({
  id: 'auth.dev.login',
  method: 'post',
  path: '/v1/auth/dev',
  summary: 'Log in as a seeded persona (only when dev login is enabled)',
  context,
  access: { kind: 'dev' },
  body: DevLoginRequest,
  response: Session,
})

export const devNewUser = endpoint({
  id: 'auth.dev.new',
  method: 'post',
  path: '/v1/auth/dev/new',
  summary: 'Log in as a brand-new person with the name typed, as a first WeChat login would (dev login only)',
  context,
  access: { kind: 'dev' },
  body: DevNewUserRequest,
  response: Session,
})

export const refresh = endpoint({
  id: 'auth.refresh',
  method: 'post',
  path: '/v1/auth/refresh',
  summary: 'Reissue the token with current memberships',
  context,
  access: { kind: 'user' },
  response: Session,
})

export const me = endpoint({
  id: 'me.get',
  method: 'get',
  path: '/v1/me',
  summary: 'The caller and their memberships',
  context,
  access: { kind: 'user' },
  response: z.object({
    user: User,
    memberships: z.array(Membership),
    communities: z.array(CommunityMembership),
    streets: z.array(StreetMembership),
    departments: z.array(DepartmentMembership),
    companies: z.array(CompanyMembership).optional(),
  }),
})

export const sharePhone = endpoint({
  id: 'me.phone.share',
  method: 'post',
  path: '/v1/me/phone',
  summary:
    "Keeps the phone number the caller shared by tapping WeChat's getPhoneNumber button, so the worker on their ticket can call",
  context,
  access: { kind: 'user' },
  body: SharePhoneRequest,
  response: z.object({ phone: z.string() }),
})
