import { tickets, type MessageKind } from '@jiayuan/contracts'
import { addSubscriptionQuota, readSubscriptions } from '@jiayuan/db'
import { InvalidInput } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { viewerOf } from './context'
import { subscribeTemplates } from '../wechat/templates'

async function subscriptionsOf(deps: Deps, userId: string) {
  const templates = Object.entries(subscribeTemplates(deps.config)).map(([kind, templateId]) => ({
    kind: kind as MessageKind,
    templateId: templateId ?? '',
  }))
  return { templates, ...(await readSubscriptions(deps.db, userId)) }
}

export const subscriptionRoutes = [
  route(tickets.getSubscriptions, async (ctx) => subscriptionsOf(ctx.deps, viewerOf(ctx).userId)),

  // WeChat grants one send per acceptance (DOMAIN W4); a refusal adds nothing.
  route(tickets.recordSubscription, async (ctx) => {
    const { userId } = viewerOf(ctx)
    const known = Object.values(subscribeTemplates(ctx.deps.config))
    if (!known.includes(ctx.body.templateId)) {
      throw new InvalidInput('body.templateId: 没有这个消息模板', [
        { field: 'body.templateId', message: '没有这个消息模板' },
      ])
    }
    if (ctx.body.accepted) await addSubscriptionQuota(ctx.deps.db, userId, ctx.body.templateId, ctx.now.toISOString())
    return subscriptionsOf(ctx.deps, userId)
  }),
]
