import { randomUUID } from 'node:crypto'
import { identity } from '@jiayuan/contracts'
import { listPersonas, setUserPhone, userForOpenid, userForPersona } from '@jiayuan/db'
import { NotFound } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { currentUser, sessionFor } from './session'

export const authRoutes = [
  route(identity.health, async ({ deps }) => ({ ok: true as const, stage: deps.config.STAGE })),

  route(identity.wechatLogin, async ({ body, deps, now }) => {
    const { openid } = await deps.wechat.code2Session(body.code)
    const userId = await userForOpenid(deps.db, openid, body.displayName ?? '微信用户', now.toISOString())
    return sessionFor(deps, userId, now)
  }),

  route(identity.devPersonas, async ({ deps }) => ({ personas: await listPersonas(deps.db) })),

  route(identity.devLogin, async ({ body, deps, now }) => {
    const userId = await userForPersona(deps.db, body.personaId)
    if (!userId) throw new NotFound('演示角色')
    return sessionFor(deps, userId, now)
  }),

  // The same path as a first WeChat login (a new openid makes a new person), for a browser that has no wx.login.
  route(identity.devNewUser, async ({ body, deps, now }) => {
    const userId = await userForOpenid(deps.db, `dev-${randomUUID()}`, body.displayName, now.toISOString())
    return sessionFor(deps, userId, now)
  }),

  route(identity.refresh, async (ctx) => {
    const caller = mustCaller(ctx)
    return sessionFor(ctx.deps, caller.userId, ctx.now, caller.sessionStart)
  }),

  route(identity.me, async (ctx) => currentUser(ctx.deps.db, mustCaller(ctx).userId, ctx.now)),

  // DOMAIN W2: the number comes from WeChat for the code of the person's own tap, never from the client's word.
  route(identity.sharePhone, async (ctx) => {
    const caller = mustCaller(ctx)
    const { phone } = await ctx.deps.wechat.phoneNumber(ctx.body.code)
    await setUserPhone(ctx.deps.db, caller.userId, phone, ctx.now.toISOString())
    return { phone }
  }),
]
