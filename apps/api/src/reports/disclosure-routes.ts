import { createHash } from 'node:crypto'
import { DISCLOSURE_OBJECTION_CATEGORY, reports } from '@jiayuan/contracts'
import {
  createTicket,
  getCompound,
  listDisclosureObjections,
  listDisclosureSections,
  outboxEntry,
  putDisclosureSection,
  putObjection,
} from '@jiayuan/db'
import {
  NotFound,
  defaultPriorityFor,
  disclosureBoard,
  objectionDescription,
  objectionReplyBy,
  submitTicket,
  ticketNumbering,
} from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { viewTicket } from '../tickets/context'
import { checkPhotoKeys } from '../tickets/photos'

/** Where an objection's ticket is filed: a compound that configured a `disclosure` category gets it, else `other`. */
const OBJECTION_CATEGORIES = [DISCLOSURE_OBJECTION_CATEGORY, 'other'] as const
const NOTICE_BOARD = { kind: 'public', name: '公示栏' } as const

export const disclosureRoutes = [
  route(reports.getDisclosureBoard, async ({ params, deps, now }) => {
    const [{ settings }, stored] = await Promise.all([
      getCompound(deps.db, params.compoundId),
      listDisclosureSections(deps.db, params.compoundId),
    ])
    const sections = disclosureBoard(stored, settings.cityProfile.disclosureFrequencyDays, now)
    return { sections, staleCount: sections.filter((s) => s.stale).length }
  }),

  route(reports.listObjections, async ({ params, deps }) => ({
    objections: await listDisclosureObjections(deps.db, params.compoundId),
  })),

  route(reports.updateDisclosure, async (ctx) => {
    const { compoundId, section } = ctx.params
    const { settings } = await getCompound(ctx.deps.db, compoundId)
    await putDisclosureSection(
      ctx.deps.db,
      compoundId,
      {
        section,
        content: ctx.body.content,
        persons: ctx.body.persons,
        version: ctx.body.expectedVersion + 1,
        updatedAt: ctx.now.toISOString(),
        updatedBy: mustCaller(ctx).userId,
      },
      ctx.body.expectedVersion,
    )
    const board = disclosureBoard(
      await listDisclosureSections(ctx.deps.db, compoundId),
      settings.cityProfile.disclosureFrequencyDays,
      ctx.now,
    )
    const item = board.find((s) => s.section === section)
    if (!item) throw new NotFound('公示栏目')
    return item
  }),

  // D2: the objection is a ticket, made by the tickets repository with the tickets domain's submit rule, so
  // it is triaged, dispatched and closed like any other; the reply-by deadline is kept with the objection.
  route(reports.objectToDisclosure, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, section } = ctx.params
    const { db } = ctx.deps
    const [{ settings }, stored] = await Promise.all([
      getCompound(db, compoundId),
      listDisclosureSections(db, compoundId),
    ])
    const current = stored.find((s) => s.section === section)
    if (!current) throw new NotFound('该栏目尚未公示，无可异议的内容')
    const category = OBJECTION_CATEGORIES.map((id) => settings.ticketCategories.find((c) => c.id === id)).find(
      (c) => c !== undefined,
    )
    if (!category) throw new NotFound('工单类别“其他”')
    await checkPhotoKeys(ctx.deps, compoundId, userId, ctx.body.photoKeys, 'body.photoKeys')
    const ticketId = createHash('sha256')
      .update(`${userId}:disclosure:${ctx.body.idempotencyKey}`)
      .digest('hex')
      .slice(0, 20)
    const replyBy = objectionReplyBy(ctx.now)
    const { ticket, event } = submitTicket({
      ticketId,
      compoundId,
      requesterId: userId,
      request: {
        category: category.id,
        location: NOTICE_BOARD,
        description: objectionDescription(section, current.version, ctx.body.text, replyBy),
        photoKeys: ctx.body.photoKeys,
        idempotencyKey: ctx.body.idempotencyKey,
      },
      triage: category.triage,
      priority: defaultPriorityFor(settings.slaTable, category.id),
      now: ctx.now,
    })
    const moderate = outboxEntry(compoundId, ticketId, event.at, {
      work: 'moderate',
      text: true,
      photoKeys: ctx.body.photoKeys,
    })
    const saved = await createTicket(db, ticket, event, [moderate], (at) => ticketNumbering(compoundId, settings, at))
    // On a retry the ticket is the first one, and so are the objection's times.
    const objection = {
      objectionId: ticketId,
      section,
      ticketId,
      category: category.id,
      sectionVersion: current.version,
      replyBy: objectionReplyBy(new Date(saved.ticket.submittedAt)),
      at: saved.ticket.submittedAt,
    }
    await putObjection(db, compoundId, objection, userId)
    return { objection, ticket: viewTicket(saved.ticket, settings, ctx.now) }
  }),
]
