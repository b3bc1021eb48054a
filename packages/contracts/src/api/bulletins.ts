import { CompoundParams } from '../common'
import { COMPOUND_ROLES_ALL, endpoint } from '../endpoint'
import {
  BulletinList,
  BulletinListQuery,
  BulletinParams,
  BulletinScopes,
  BulletinView,
  CurrentBulletins,
  PostBulletinRequest,
} from '../bulletins'

/** Notices (公告) live beside the inbox they reach, in the identity context. */
const context = 'identity'
const base = '/v1/compounds/{compoundId}/bulletins'
/** Who writes notices and sees who read them: property staff and committee members. */
const authors = ['property_staff', 'committee_member'] as const

export const postBulletin = endpoint({
  id: 'bulletins.post',
  method: 'post',
  path: base,
  summary:
    'Post a notice (停水, 停电, 消杀 …) to the compound, a building or an entrance; its text passes the content check first; retried with the same idempotency key, it returns the first notice',
  context,
  access: { kind: 'compound', roles: authors },
  params: CompoundParams,
  body: PostBulletinRequest,
  response: BulletinView,
  status: 201,
})

export const listBulletins = endpoint({
  id: 'bulletins.list',
  method: 'get',
  path: base,
  summary: 'Current and past notices, newest first, each with 已读 N / 应读 M; paged by `before`',
  context,
  access: { kind: 'compound', roles: authors },
  params: CompoundParams,
  query: BulletinListQuery,
  response: BulletinList,
})

export const currentBulletins = endpoint({
  id: 'bulletins.current',
  method: 'get',
  path: `${base}/current`,
  summary: "Notices that reach the caller's units (or the whole compound) and have not ended: the home page's cards",
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: CompoundParams,
  response: CurrentBulletins,
})

export const bulletinScopes = endpoint({
  id: 'bulletins.scopes',
  method: 'get',
  path: `${base}/scopes`,
  summary: 'The buildings and entrances a notice can be posted to, from the roll',
  context,
  access: { kind: 'compound', roles: authors },
  params: CompoundParams,
  response: BulletinScopes,
})

export const readBulletin = endpoint({
  id: 'bulletins.read',
  method: 'post',
  path: `${base}/{bulletinId}/read`,
  summary:
    'Opens a notice: its full text, counted as read once per person it is for; others it is not for get 404, staff and committee see it with its counts',
  context,
  access: { kind: 'compound', roles: COMPOUND_ROLES_ALL },
  params: BulletinParams,
  response: BulletinView,
})

export const withdrawBulletin = endpoint({
  id: 'bulletins.withdraw',
  method: 'post',
  path: `${base}/{bulletinId}/withdraw`,
  summary: 'Withdraws (撤回) a notice before its end, by its author or property staff: it leaves every home page',
  context,
  access: { kind: 'compound', roles: authors },
  params: BulletinParams,
  response: BulletinView,
})
