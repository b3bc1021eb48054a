import {
  assessment,
  type AssessmentEvidence,
  type CompoundAssessment,
  type PanelMember,
  type Rubric,
  type ScoreSheet,
  type SheetView,
} from '@jiayuan/contracts'
import {
  getAssessment,
  getBulletin,
  getTicket,
  listPanelSeats,
  listScoreSheets,
  newId,
  putScoreSheet,
} from '@jiayuan/db'
import { Forbidden, InvalidInput, NotFound, checkSheet, rubricItems } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload, extensionOf, uploadPrefix } from '../storage/uploads'
import { assertOpen, publishedRubric } from './load'

interface SheetParams {
  streetId: string
  quarter: string
  compoundId: string
}

/** The evaluation and the caller's seat on its panel; 404 when there is none, 403 off the panel. */
async function seatOf(
  deps: Deps,
  p: SheetParams,
  userId: string,
): Promise<{ row: CompoundAssessment; seat: PanelMember }> {
  const row = await getAssessment(deps.db, p.streetId, p.quarter, p.compoundId, true)
  if (!row) throw new NotFound('考评')
  const seat = row.panel.find((m) => m.userId === userId)
  if (!seat) throw new Forbidden('您不在这个小区本季度的评议小组里')
  return { row, seat }
}

function sheetView(
  row: CompoundAssessment,
  seat: PanelMember,
  rubric: Rubric,
  sheet: ScoreSheet | undefined,
): SheetView {
  return {
    assignment: {
      streetId: row.streetId,
      quarter: row.quarter,
      compoundId: row.compoundId,
      compoundName: row.compoundName,
      party: seat.party,
      status: row.status,
      scored: sheet !== undefined,
    },
    rubricTitle: rubric.title,
    items: rubricItems(rubric)
      .filter(({ item }) => item.source === 'panel' && item.party === seat.party)
      .map(({ item, areaLabel }) => ({
        itemId: item.itemId,
        areaLabel,
        label: item.label,
        points: item.points,
        ...(item.guide ? { guide: item.guide } : {}),
      })),
    vetoes: rubric.vetoes.filter((v) => v.party === seat.party).map((v) => ({ vetoId: v.vetoId, label: v.label })),
    sheet: sheet ?? null,
  }
}

/** Evidence must be there: the member's own upload for this compound, or a ticket or notice of the compound. */
async function checkEvidence(deps: Deps, p: SheetParams, userId: string, e: AssessmentEvidence, field: string) {
  if (e.kind === 'upload')
    return assertOwnUpload(
      deps.files,
      { compoundId: p.compoundId, purpose: 'attachment', userId },
      e.key ?? '',
      `${field}.key`,
      '不是您为这个小区上传的文件',
    )
  const missing = (f: string, message: string) => new InvalidInput(`${f}: ${message}`, [{ field: f, message }])
  if (e.kind === 'ticket')
    await getTicket(deps.db, p.compoundId, e.ticketId ?? '').catch(() => {
      throw missing(`${field}.ticketId`, '这个小区没有这张报修单')
    })
  if (e.kind === 'bulletin')
    await getBulletin(deps.db, p.compoundId, e.bulletinId ?? '').catch(() => {
      throw missing(`${field}.bulletinId`, '这个小区没有这条公告')
    })
}

export const panelRoutes = [
  route(assessment.myPanels, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const seats = await listPanelSeats(ctx.deps.db, userId)
    const assignments = await Promise.all(
      seats.map(async (s) => {
        const [row, sheets] = await Promise.all([
          getAssessment(ctx.deps.db, s.streetId, s.quarter, s.compoundId),
          listScoreSheets(ctx.deps.db, s.streetId, s.quarter, s.compoundId),
        ])
        return {
          streetId: s.streetId,
          quarter: s.quarter,
          compoundId: s.compoundId,
          compoundName: s.compoundName,
          party: s.party,
          status: row?.status ?? 'open',
          scored: sheets.some((x) => x.userId === userId),
        }
      }),
    )
    return { assignments }
  }),

  route(assessment.getSheet, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { row, seat } = await seatOf(ctx.deps, ctx.params, userId)
    const rubric = await publishedRubric(ctx.deps, ctx.params.streetId)
    const sheets = await listScoreSheets(ctx.deps.db, row.streetId, row.quarter, row.compoundId)
    return sheetView(
      row,
      seat,
      rubric,
      sheets.find((s) => s.userId === userId && s.party === seat.party),
    )
  }),

  // Range-checked against the rubric (out of range → 400 naming the field), evidence checked, then written with
  // the row's revision raised; refused with 409 once the result is published.
  route(assessment.putSheet, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { row, seat } = await seatOf(ctx.deps, ctx.params, userId)
    assertOpen(row)
    const rubric = await publishedRubric(ctx.deps, ctx.params.streetId)
    checkSheet(rubric, seat.party, ctx.body)
    const checks = [
      ...ctx.body.items.flatMap((item, i) =>
        item.deductions.map((d, j) => ({ e: d.evidence, field: `body.items.${i}.deductions.${j}.evidence` })),
      ),
      ...ctx.body.vetoes.flatMap((v, i) =>
        v.failed && v.evidence ? [{ e: v.evidence, field: `body.vetoes.${i}.evidence` }] : [],
      ),
    ]
    for (const c of checks) await checkEvidence(ctx.deps, ctx.params, userId, c.e, c.field)
    const sheet: ScoreSheet = { ...ctx.body, userId, name: seat.name, party: seat.party, at: ctx.now.toISOString() }
    if (!(await putScoreSheet(ctx.deps.db, ctx.params, sheet))) assertOpen({ ...row, status: 'published' })
    return sheetView(row, seat, rubric, sheet)
  }),

  route(assessment.sheetUpload, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { row } = await seatOf(ctx.deps, ctx.params, userId)
    assertOpen(row)
    if (ctx.body.purpose !== 'attachment') {
      const message = '评议依据只能作为附件上传'
      throw new InvalidInput(`body.purpose: ${message}`, [{ field: 'body.purpose', message }])
    }
    const key = `${uploadPrefix(ctx.params.compoundId, 'attachment', userId)}${newId()}.${extensionOf(ctx.body.contentType)}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),
]
