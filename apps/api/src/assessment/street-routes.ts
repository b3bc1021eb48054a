import { createHash } from 'node:crypto'
import {
  assessment,
  type CompoundAssessment,
  type EvaluationResult,
  type InboxMessage,
  type PanelMember,
  type QuarterRow,
} from '@jiayuan/contracts'
import {
  companyOfCompound,
  listCompanyStaff,
  getAssessment,
  getCompoundFacts,
  getRubric,
  getUsers,
  listMembers,
  listStaff,
  listStreetStaff,
  listQuarterAssessments,
  publishAssessment,
  putPanel,
  ticketMessageId,
} from '@jiayuan/db'
import {
  Conflict,
  InvalidInput,
  RuleViolation,
  quarterText,
  rankCompounds,
  scoreEvaluation,
  unscored,
  pointsText,
  byZh,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { deliveries } from '../notices/boxes'
import { colourWithBand } from '../rectification/figures'
import { assertOpen, compoundInStreet, gatherInputs, publishedRubric, streetCompounds } from './load'

const BAND_WORD = { red: '红榜', grey: '灰榜', black: '黑榜' } as const

const stale = () =>
  new Conflict('AssessmentChanged', '评分或评议小组刚有变动，请刷新后再发布', [
    { field: 'revision', message: '评分或评议小组刚有变动' },
  ])

/**
 * T9: the compound's committee and property staff, and the users of its property company (in their personal
 * inbox: they are not members, S3), each get one message, its id from the publication.
 */
async function publishedMessages(deps: Deps, row: CompoundAssessment, result: EvaluationResult, at: string) {
  const [members, company] = await Promise.all([
    listStaff(deps.db, row.compoundId),
    companyOfCompound(deps.db, row.compoundId),
  ])
  const told = members
    .filter((m) => m.roles.includes('committee_member') || m.roles.includes('property_staff'))
    .map((m) => m.userId)
  const companyUsers = company ? await listCompanyStaff(deps.db, company.companyId) : []
  const message = (userId: string): InboxMessage => ({
    messageId: ticketMessageId(
      at,
      createHash('sha256').update(`assessment:${row.quarter}:${row.compoundId}:${userId}`).digest('hex').slice(0, 20),
    ),
    compoundId: row.compoundId,
    kind: 'assessment_published',
    title: `街道公布了${quarterText(row.quarter)}物业服务考评`.slice(0, 60),
    body: `${row.compoundName}得分 ${pointsText(result.totalX100)} 分，${BAND_WORD[result.band]}。${result.bandReason}`.slice(
      0,
      300,
    ),
    link: { to: 'assessment', quarter: row.quarter },
    at,
  })
  return deliveries(deps, row.compoundId, [...new Set([...told, ...companyUsers])], message)
}

export const streetAssessmentRoutes = [
  // One Query for the quarter's rows; open rows are previewed from what has been entered so far.
  route(assessment.quarterOverview, async (ctx) => {
    const { streetId, quarter } = ctx.params
    const [compounds, rows, rubric] = await Promise.all([
      streetCompounds(ctx.deps, streetId),
      listQuarterAssessments(ctx.deps.db, streetId, quarter),
      getRubric(ctx.deps.db, streetId),
    ])
    const byId = new Map(rows.map((r) => [r.compoundId, r]))
    const out = await Promise.all(
      compounds.map(async (c): Promise<QuarterRow> => {
        const row = byId.get(c.compoundId)
        const base = {
          compoundId: c.compoundId,
          compoundName: c.name,
          communityName: c.communityName,
          revision: row?.revision ?? null,
        }
        if (!row) return { ...base, status: null, panel: [], scoredBy: [], missing: [], result: null, rank: null }
        if (row.status === 'published' && row.inputs && row.result)
          return {
            ...base,
            status: 'published',
            panel: row.panel,
            scoredBy: row.inputs.sheets.map((s) => s.userId),
            missing: [],
            result: row.result,
            rank: null,
          }
        if (rubric?.status !== 'published')
          return { ...base, status: row.status, panel: row.panel, scoredBy: [], missing: [], result: null, rank: null }
        const inputs = await gatherInputs(ctx.deps, row, rubric, ctx.now)
        return {
          ...base,
          status: row.status,
          panel: row.panel,
          scoredBy: inputs.sheets.map((s) => s.userId),
          missing: unscored(inputs),
          result: scoreEvaluation(inputs),
          rank: null,
        }
      }),
    )
    const published = out.filter((r) => r.status === 'published' && r.result)
    const ranks = rankCompounds(
      published.map((r) => ({ compoundId: r.compoundId, result: r.result as EvaluationResult })),
    )
    return {
      quarter,
      rubricPublished: rubric?.status === 'published',
      rows: out.map((r) => ({ ...r, rank: ranks.get(r.compoundId) ?? null })),
      published: published.length,
    }
  }),

  // Whom the street may name: the compound's members other than its property staff and grid workers (the
  // service being evaluated), with their roles there, and the street's own staff (a 物管会 where there is no
  // committee).
  route(assessment.panelCandidates, async (ctx) => {
    const { streetId, compoundId } = ctx.params
    await compoundInStreet(ctx.deps, streetId, compoundId)
    const [all, staff] = await Promise.all([
      listMembers(ctx.deps.db, compoundId),
      listStreetStaff(ctx.deps.db, streetId),
    ])
    const members = all.filter((m) => !m.roles.includes('property_staff') && !m.roles.includes('grid_worker'))
    const inCompound = new Set(all.map((m) => m.userId))
    const streetOnly = staff.filter((id) => !inCompound.has(id))
    const users = await getUsers(ctx.deps.db, [...members.map((m) => m.userId), ...streetOnly])
    const name = (id: string) => users.get(id)?.displayName ?? '—'
    return {
      candidates: [
        ...members
          .map((m) => ({ userId: m.userId, name: name(m.userId), roles: [...m.roles], streetStaff: false }))
          .sort((a, b) => byZh(a.name, b.name)),
        ...streetOnly.map((id) => ({ userId: id, name: name(id), roles: [], streetStaff: true })),
      ],
    }
  }),

  route(assessment.putPanel, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId, quarter, compoundId } = ctx.params
    const { compound } = await compoundInStreet(ctx.deps, streetId, compoundId)
    await publishedRubric(ctx.deps, streetId)
    const ids = ctx.body.members.map((m) => m.userId)
    const users = await getUsers(ctx.deps.db, ids)
    const issues = ctx.body.members.flatMap((m, i) => {
      if (!users.has(m.userId)) return [{ field: `body.members.${i}.userId`, message: '没有这个用户' }]
      if (ids.indexOf(m.userId) !== i) return [{ field: `body.members.${i}.userId`, message: '同一人只能列一次' }]
      return []
    })
    if (issues.length) throw new InvalidInput(`${issues[0]?.field}: ${issues[0]?.message}`, issues)
    const read = await getAssessment(ctx.deps.db, streetId, quarter, compoundId, true)
    if (read) assertOpen(read)
    const panel: PanelMember[] = ctx.body.members.map((m) => ({
      userId: m.userId,
      party: m.party,
      name: users.get(m.userId)?.displayName ?? '—',
    }))
    const at = ctx.now.toISOString()
    const row: CompoundAssessment = {
      streetId,
      quarter,
      compoundId,
      compoundName: compound.name,
      status: 'open',
      panel,
      revision: (read?.revision ?? 0) + 1,
      updatedAt: at,
    }
    if (!(await putPanel(ctx.deps.db, row, read, { actorId: userId, at }))) throw stale()
    return row
  }),

  // Freezes the result with its inputs on the revision read, writes the band (OV1) and tells the committee and
  // property staff, all in one transaction.
  route(assessment.publishAssessment, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId, quarter, compoundId } = ctx.params
    const { ref } = await compoundInStreet(ctx.deps, streetId, compoundId)
    const rubric = await publishedRubric(ctx.deps, streetId)
    const read = await getAssessment(ctx.deps.db, streetId, quarter, compoundId, true)
    if (!read)
      throw new RuleViolation('NoPanel', '还没有为这个小区指定评议小组', [
        { field: 'panel', message: '还没有评议小组' },
      ])
    assertOpen(read)
    if (read.revision !== ctx.body.revision) throw stale()
    const inputs = await gatherInputs(ctx.deps, read, rubric, ctx.now)
    const missing = unscored(inputs)
    if (missing.length)
      throw new RuleViolation('Unscored', `还有 ${missing.length} 项没有评分：${missing.join('、')}`, [
        { field: 'sheets', message: `未评分：${missing.join('、')}` },
      ])
    const result = scoreEvaluation(inputs)
    const at = ctx.now.toISOString()
    const row = {
      ...read,
      status: 'published' as const,
      revision: read.revision + 1,
      updatedAt: at,
      publishedAt: at,
      publishedBy: userId,
      inputs,
      result,
    }
    // The facts hold the latest published quarter's band: publishing an earlier quarter later leaves them be.
    const facts = await getCompoundFacts(ctx.deps.db, ref)
    const figures = facts.band && facts.band.quarter > quarter ? null : ref
    const [messages, colour] = await Promise.all([
      publishedMessages(ctx.deps, read, result, at),
      figures ? colourWithBand(ctx.deps, compoundId, result.band) : null,
    ])
    if (!(await publishAssessment(ctx.deps.db, row, read, figures, messages, colour))) throw stale()
    return row
  }),
]
