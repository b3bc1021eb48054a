import {
  STREET_FUND_NAME,
  ledger,
  type ProjectSummary,
  type ProjectView,
  type Membership,
  type Role,
  type UnitShareView,
} from '@jiayuan/contracts'
import { getLedgerSettings, getProject, listExpenses, listMeetingRecords, listPledges, listProjects } from '@jiayuan/db'
import {
  CONSENT_MATTER,
  NotFound,
  projectAccount,
  projectConsent,
  projectFund,
  projectStatus,
  REFUND_ROUNDING_TEXT,
  ROUNDING_TEXT,
  ruleText,
  Forbidden,
  type PledgeRecord,
  type ProjectRecord,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { expenseView } from './expense-views'
import { closeProject, createProject, pledgeProject, recordContribution } from './use-cases/projects'

/** The caller's units: from the membership the access check read, never a second read of it. */
const unitsOf = (member: { membership?: Membership }): string[] => [...(member.membership?.unitIds ?? [])]

/** Who reads a project: their roles (do they run projects) and their units (which shares are theirs). */
const readerOf = (member: { roles: Role[]; membership?: Membership }) => ({
  roles: member.roles,
  unitIds: unitsOf(member),
})

function summaryOf(p: ProjectRecord, mine: readonly string[], now: Date): ProjectSummary {
  const inScope = p.shares.some((s) => mine.includes(s.unitId))
  return {
    projectId: p.projectId,
    title: p.title,
    scopeText: p.scopeText,
    targetFen: p.targetFen,
    pledgedFen: p.pledgedFen,
    paidFen: p.paidFen,
    pledgeCount: p.pledgeCount,
    unitCount: p.shares.length,
    deadline: p.deadline,
    status: projectStatus(p, now.toISOString()),
    inScope,
  }
}

/**
 * The project as every owner reads it: shares by unit label only, never a name (P1). Each household's pledge and
 * payment only for its own owners and for those who run the project: the rest read the totals (P3).
 */
function viewOf(
  p: ProjectRecord,
  pledges: readonly PledgeRecord[],
  mine: readonly string[],
  now: Date,
  runsIt: boolean,
  spending: ProjectView['spending'],
): ProjectView {
  const byUnit = new Map(pledges.map((x) => [x.unitId, x]))
  const refunds = new Map((p.closure?.refunds ?? []).map((r) => [r.unitId, r.refundFen]))
  const shares: UnitShareView[] = p.shares.map((s) =>
    runsIt || mine.includes(s.unitId)
      ? {
          ...s,
          pledgedFen: byUnit.get(s.unitId)?.amountFen ?? 0,
          paidFen: byUnit.get(s.unitId)?.paidFen ?? 0,
          ...(p.closure ? { refundFen: refunds.get(s.unitId) ?? 0 } : {}),
        }
      : s,
  )
  const c = p.closure
  return {
    ...summaryOf(p, mine, now),
    description: p.description,
    scope: p.scope,
    rule: p.rule,
    ruleText: ruleText(p.rule),
    roundingText: ROUNDING_TEXT,
    motion: { meetingId: p.meetingId, motionId: p.motionId, meetingTitle: p.meetingTitle, motionTitle: p.motionTitle },
    account: projectAccount(p.projectId),
    createdAt: p.createdAt,
    shares,
    mine: shares.filter((s) => mine.includes(s.unitId)),
    fund: projectFund(p, now.toISOString()),
    ...(p.matches?.length
      ? { matches: p.matches.map((m) => ({ source: STREET_FUND_NAME, amountFen: m.amountFen, at: m.at, seq: m.seq })) }
      : {}),
    spending,
    ...(c
      ? {
          closure: {
            outcome: c.outcome,
            reason: c.reason,
            closedAt: c.closedAt,
            refundedFen: c.refundedFen,
            ...(c.refundSeq ? { refundSeq: c.refundSeq } : {}),
            roundingText: REFUND_ROUNDING_TEXT,
          },
        }
      : {}),
  }
}

/** Property staff record the money and the committee runs the project: they read every household's pledge. */
const runsProjects = (roles: readonly Role[]) => roles.includes('property_staff') || roles.includes('committee_member')

/**
 * The project's payments out of its fund (F3), each with its evidence: what the scope's households paid for is
 * public to them (F13), as every expense is to the owners (F5).
 */
async function spendingOf(deps: Deps, compoundId: string, projectId: string, mine: readonly string[]) {
  const [expenses, settings] = await Promise.all([
    listExpenses(deps.db, compoundId),
    getLedgerSettings(deps.db, compoundId),
  ])
  const ours = expenses.filter((e) => e.project?.projectId === projectId)
  return Promise.all(ours.map((e) => expenseView(deps, e, settings.policy, mine)))
}

async function readView(
  deps: Deps,
  compoundId: string,
  projectId: string,
  caller: { roles: readonly Role[]; unitIds: readonly string[] },
  now: Date,
) {
  const db = deps.db
  const mine = caller.unitIds
  const [project, pledges] = await Promise.all([
    getProject(db, compoundId, projectId),
    listPledges(db, compoundId, projectId),
  ])
  if (!project) throw new NotFound('众筹项目')
  const spending = await spendingOf(deps, compoundId, projectId, mine)
  return viewOf(project, pledges, mine, now, runsProjects(caller.roles), spending)
}

/** Crowdfunded improvements (集资/众筹, DOMAIN F13): routes of the ledger context. */
export const projectRoutes = [
  route(ledger.listProjects, async ({ params, deps, member, now }) => {
    const projects = await listProjects(deps.db, params.compoundId)
    const mine = unitsOf(member)
    return { projects: projects.map((p) => summaryOf(p, mine, now)) }
  }),

  route(ledger.getProject, async ({ params, deps, member, now }) =>
    readView(deps, params.compoundId, params.projectId, readerOf(member), now),
  ),

  /** Passed, final type-7 votes of a building or entrance, each with the project it already backs. */
  route(ledger.projectMotions, async ({ params, deps }) => {
    const [meetings, projects] = await Promise.all([
      listMeetingRecords(deps.db, params.compoundId),
      listProjects(deps.db, params.compoundId),
    ])
    const used = new Map(projects.map((p) => [`${p.meetingId}#${p.motionId}`, p.projectId]))
    return {
      motions: meetings.flatMap((m) =>
        (m.results ?? []).flatMap((r) => {
          if (r.matterType !== CONSENT_MATTER || !m.scope || m.scope.kind === 'compound') return []
          try {
            const c = projectConsent(m, r.motionId, m.scope)
            const usedBy = used.get(`${m.meetingId}#${r.motionId}`)
            return [
              {
                meetingId: c.meetingId,
                motionId: c.motionId,
                meetingTitle: c.meetingTitle,
                motionTitle: c.motionTitle,
                scope: m.scope,
                scopeText: m.scopeText ?? '',
                unitCount: c.scopeUnitIds.length,
                ...(usedBy ? { usedBy } : {}),
              },
            ]
          } catch {
            return []
          }
        }),
      ),
    }
  }),

  route(ledger.createProject, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    const project = await createProject(ctx.deps.db, cid, ctx.body, { userId, at: ctx.now.toISOString() })
    return readView(ctx.deps, cid, project.projectId, readerOf(ctx.member), ctx.now)
  }),

  route(ledger.pledgeProject, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    const mine = unitsOf(ctx.member)
    if (!mine.includes(ctx.body.unitId)) throw new Forbidden('只能为自己家的房屋认缴')
    await pledgeProject(ctx.deps.db, cid, ctx.params.projectId, ctx.body, { userId, at: ctx.now.toISOString() })
    return readView(ctx.deps, cid, ctx.params.projectId, readerOf(ctx.member), ctx.now)
  }),

  route(ledger.recordContribution, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    await recordContribution(ctx.deps.db, cid, ctx.params.projectId, ctx.body, { userId, at: ctx.now.toISOString() })
    return readView(ctx.deps, cid, ctx.params.projectId, readerOf(ctx.member), ctx.now)
  }),

  route(ledger.closeProject, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const cid = ctx.params.compoundId
    await closeProject(ctx.deps.db, cid, ctx.params.projectId, ctx.body, { userId, at: ctx.now.toISOString() })
    return readView(ctx.deps, cid, ctx.params.projectId, readerOf(ctx.member), ctx.now)
  }),
]
