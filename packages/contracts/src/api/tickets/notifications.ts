import { CompoundParams, Ok } from '../../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../../endpoint'
import { MediaCheckPush, MediaCheckPushQuery, SubscriptionGrant, Subscriptions } from '../../tickets'
import { context } from './shared'

export const getSubscriptions = endpoint({
  id: 'subscriptions.get',
  method: 'get',
  path: '/v1/compounds/{compoundId}/subscriptions',
  summary: 'Templates to request, the caller’s remaining one-time sends per template, and recent notifications',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: Subscriptions,
})

export const recordSubscription = endpoint({
  id: 'subscriptions.record',
  method: 'post',
  path: '/v1/compounds/{compoundId}/subscriptions',
  summary: 'Record what wx.requestSubscribeMessage answered: an accepted template is worth one send (DOMAIN W4)',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  body: SubscriptionGrant,
  response: Subscriptions,
})

export const mediaCheckPush = endpoint({
  id: 'wechat.media_check',
  method: 'post',
  path: '/v1/wechat/media-check',
  summary: "WeChat's push of a mediaCheckAsync result (signed with the push token); settles a photo's moderation",
  context,
  access: { kind: 'public' },
  query: MediaCheckPushQuery,
  body: MediaCheckPush,
  response: Ok,
})
