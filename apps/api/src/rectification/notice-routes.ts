import { createHash } from 'node:crypto'
import {
  RECT_CATEGORY_LABEL,
  rectification as api,
  type RectificationNotice,
  type RectTicketRef,
} from '@jiayuan/contracts'
import {
  companyOfCompound,
  figureRefOf,
  getCommunity,
  getCompound,
  getCompoundFacts,
  getNotice,
  getStoredTicket,
  getStreet,
  getUser,
  isCompanyStaff,
  listCompoundNotices,
  newId,
  postMessage,
  streetOfCommunity,
} from '@jiayuan/db'
import {
  Forbidden,
  InvalidInput,
  RuleViolation,
  dateTimeText,
  issueNotice,
  maskPhonesInText,
  reinspectNotice,
  replyToNotice,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route, type RouteContext } from '../http/route'
import { extensionOf, uploadPrefix } from '../storage/uploads'
import { checkPhotoKeys } from '../tickets/photos'
import { changeNotice, mustNotice, writeNotice } from './change'
import { matches, rowOf, viewOf } from './view'

type Member = RouteContext<typeof api.listNotices>['member']

/** Issuers and the company read the notice whole; residents read free text with phone numbers masked (P1). */
const maskedFor = (m: Member) => !(m.streetStaff || m.companyStaff || m.roles.includes('community_admin'))

async function nameOf(deps: Deps, userId: string): Promise<string> {
  return (await getUser(deps.db, userId))?.displayName ?? '工作人员'
}

/** The issuing side: the street's staff (let in as such), else the community admin of the compound. */
async function issuerOf(deps: Deps, member: Member, userId: string, compoundId: string) {
  const compound = await getCompound(deps.db, compoundId)
  const name = await nameOf(deps, userId)
  if (member.streetStaff) {
    const streetId = compound.communityId ? await streetOfCommunity(deps.db, compound.communityId) : undefined
    const street = streetId ? await getStreet(deps.db, streetId) : undefined
    return { compound, issuer: { userId, name, side: 'street' as const, orgName: street?.name ?? '街道' } }
  }
  const community = compound.communityId ? await getCommunity(deps.db, compound.communityId) : undefined
  return { compound, issuer: { userId, name, side: 'community' as const, orgName: community?.name ?? '社区' } }
}

/** The resident's report as evidence: what, where and its moderated photos (public copies), never who. */
async function ticketRef(deps: Deps, compoundId: string, ticketId: string): Promise<RectTicketRef> {
  const stored = await getStoredTicket(deps.db, compoundId, ticketId)
  if (!stored) {
    const message = '找不到这张工单'
    throw new InvalidInput(`body.ticketId: ${message}`, [{ field: 'body.ticketId', message }])
  }
  const t = stored.ticket
  return {
    ticketId,
    ...(t.number ? { number: t.number } : {}),
    description: maskPhonesInText(t.description),
    photoKeys: t.photos.flatMap((p) => (p.moderation === 'passed' && p.publicKey ? [p.publicKey] : [])),
  }
}

/**
 * A note on the linked report's conversation (the requester sees what became of it), once per notice: its id
 * derives from the notice. Words made by the system from the notice, so nothing in it waits for content checks.
 */
async function noteOnTicket(deps: Deps, n: RectificationNotice): Promise<void> {
  if (!n.ticket) return
  await postMessage(
    deps.db,
    {
      messageId: `rcnote${n.noticeId}`,
      ticketId: n.ticket.ticketId,
      compoundId: n.compoundId,
      senderId: n.issuer.userId,
      side: 'handler',
      senderName: `${n.issuer.orgName} ${n.issuer.name}`,
      at: n.issuedAt,
      text: `${n.issuer.orgName}已就此事向${n.companyName}发出整改通知（${RECT_CATEGORY_LABEL[n.category]}），整改期限 ${dateTimeText(n.deadline)}。`,
      textModeration: 'passed',
      photos: [],
    },
    [],
  )
}

/** 回头看 belongs to the side that issued the notice (DOMAIN S3). */
function assertIssuingSide(notice: RectificationNotice, member: Member): void {
  const street = member.streetStaff === true
  const community = member.roles.includes('community_admin')
  if (notice.issuer.side === 'street' ? street : community) return
  throw new Forbidden(`回头看由发出通知的${notice.issuer.side === 'street' ? '街道' : '社区'}进行`)
}

/** Rectification notices of a compound (DOMAIN S3): list, read, issue, reply, re-inspect, photos. */
export const noticeRoutes = [
  route(api.listNotices, async (ctx) => {
    const { compoundId } = ctx.params
    // The compound's facts (the company's colour) join the first round once its street is known: on a warm
    // instance at once, from the copy `figureRefOf` keeps.
    const facts = figureRefOf(ctx.deps.db, compoundId).then((ref) =>
      ref ? getCompoundFacts(ctx.deps.db, ref) : undefined,
    )
    const [notices, company, fact] = await Promise.all([
      listCompoundNotices(ctx.deps.db, compoundId),
      companyOfCompound(ctx.deps.db, compoundId),
      facts,
    ])
    return {
      notices: notices.filter((n) => matches(n, ctx.query.filter)).map((n) => rowOf(n, maskedFor(ctx.member))),
      company: company ?? null,
      ...(fact?.companyColour ? { colour: fact.companyColour } : {}),
    }
  }),

  route(api.getNotice, async (ctx) => {
    const notice = await mustNotice(ctx.deps, ctx.params.compoundId, ctx.params.noticeId)
    return viewOf(ctx.deps, notice, maskedFor(ctx.member))
  }),

  route(api.issueNotice, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId } = ctx.params
    const { deps, body, now } = ctx
    const company = await companyOfCompound(deps.db, compoundId)
    if (!company) throw new RuleViolation('NoCompany', '这个小区还没有登记物业企业，请先登记再发整改通知')
    const noticeId = `rc${createHash('sha256').update(`${compoundId}:${userId}:${body.idempotencyKey}`).digest('hex').slice(0, 18)}`
    const repeated = await getNotice(deps.db, compoundId, noticeId)
    if (repeated) {
      await noteOnTicket(deps, repeated)
      return viewOf(deps, repeated, false)
    }
    await checkPhotoKeys(deps, compoundId, userId, body.evidenceKeys, 'body.evidenceKeys')
    const ticket = body.ticketId ? await ticketRef(deps, compoundId, body.ticketId) : undefined
    const { compound, issuer } = await issuerOf(deps, ctx.member, userId, compoundId)
    const ref = await figureRefOf(deps.db, compoundId)
    const notice = issueNotice({
      noticeId,
      compoundId,
      compoundName: compound.name,
      company,
      ...(ref ? { streetId: ref.streetId } : {}),
      issuer,
      ...(ticket ? { ticket } : {}),
      body,
      now,
    })
    if (!(await writeNotice(deps, undefined, notice, userId, 'rectification.issued', now))) {
      const again = await getNotice(deps.db, compoundId, noticeId)
      if (again) return viewOf(deps, again, false)
    }
    await noteOnTicket(deps, notice)
    return viewOf(deps, notice, false)
  }),

  route(api.replyNotice, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { deps, body, now } = ctx
    const name = await nameOf(deps, userId)
    const next = await changeNotice(deps, ctx.params, userId, 'rectification.replied', now, async (notice) => {
      // Only the company the notice was sent to answers it, even after the compound changed company.
      if (!(await isCompanyStaff(deps.db, userId, notice.companyId)))
        throw new Forbidden('这份通知不是发给你所在企业的')
      await checkPhotoKeys(deps, notice.compoundId, userId, body.photoKeys, 'body.photoKeys')
      return replyToNotice(notice, body, `${notice.companyName} ${name}`, now)
    })
    return viewOf(deps, next, false)
  }),

  route(api.reinspectNotice, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { deps, body, now } = ctx
    const name = await nameOf(deps, userId)
    const action = body.passed ? 'rectification.passed' : 'rectification.failed'
    const next = await changeNotice(
      deps,
      ctx.params,
      userId,
      action,
      now,
      (notice) => {
        assertIssuingSide(notice, ctx.member)
        return reinspectNotice(notice, body, `${notice.issuer.orgName} ${name}`, now)
      },
      () => body.note,
    )
    return viewOf(deps, next, false)
  }),

  route(api.noticeUpload, async (ctx) => {
    const { userId } = mustCaller(ctx)
    if (ctx.body.purpose !== 'ticket_photo') {
      const message = '整改通知只能上传照片'
      throw new InvalidInput(`body.purpose: ${message}`, [{ field: 'body.purpose', message }])
    }
    const ext = extensionOf(ctx.body.contentType)
    const key = `${uploadPrefix(ctx.params.compoundId, 'ticket_photo', userId)}${newId()}.${ext}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),
]
