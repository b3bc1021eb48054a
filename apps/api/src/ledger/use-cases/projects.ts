import { createHash } from 'node:crypto'
import type { CloseProjectRequest, ContributionRequest, CreateProjectRequest, PledgeRequest } from '@jiayuan/contracts'
import {
  closeProjectPosting,
  getMeetingRecord,
  getProject,
  insertProject,
  listPledges,
  postContribution,
  PostingRejected,
  putPledge,
  readRoll,
  type Db,
} from '@jiayuan/db'
import {
  assertRefundEmpties,
  checkContribution,
  planClosure,
  checkDeadline,
  checkPledge,
  Conflict,
  NotFound,
  planShares,
  projectConsent,
  resolveScope,
  type ProjectRecord,
} from '@jiayuan/domain'

/**
 * A crowdfunded project (DOMAIN F13). Checked in the order a person fixes a form: the scope is on the roll and
 * has units (`body.scope`), the deadline is ahead (`body.deadline`), the motion is a passed, final type-7 vote
 * of exactly that scope (`body.motionId`, V14). The shares are worked out over the vote's frozen scope and
 * fixed in the project; the motion is claimed in the same transaction, so one motion backs one project.
 */
export async function createProject(
  db: Db,
  compoundId: string,
  input: CreateProjectRequest,
  actor: { userId: string; at: string },
): Promise<ProjectRecord> {
  const projectId = `pj_${createHash('sha256').update(`${compoundId}|${actor.userId}|${input.idempotencyKey}`).digest('hex').slice(0, 24)}`
  const replay = await getProject(db, compoundId, projectId)
  if (replay) return replay
  const [roll, meeting] = await Promise.all([
    readRoll(db, compoundId),
    getMeetingRecord(db, compoundId, input.meetingId),
  ])
  const scope = resolveScope(input.scope, roll)
  checkDeadline(input.deadline, actor.at)
  const consent = projectConsent(meeting, input.motionId, input.scope)
  const frozen = new Set(consent.scopeUnitIds)
  const shares = planShares(
    input.targetFen,
    roll.units.filter((u) => frozen.has(u.unitId)),
    input.rule,
  )
  const record: ProjectRecord = {
    projectId,
    compoundId,
    title: input.title,
    description: input.description,
    scope: input.scope,
    scopeText: scope.text,
    targetFen: input.targetFen,
    rule: input.rule,
    deadline: new Date(input.deadline).toISOString(),
    meetingId: consent.meetingId,
    motionId: consent.motionId,
    meetingTitle: consent.meetingTitle,
    motionTitle: consent.motionTitle,
    shares,
    pledgedFen: 0,
    paidFen: 0,
    pledgeCount: 0,
    createdBy: actor.userId,
    createdAt: actor.at,
  }
  const stored = await insertProject(db, record)
  if (stored.outcome === 'motion_taken')
    throw new Conflict('MotionInUse', '这项表决已用于另一个众筹项目：一项表决只能同意一个项目', {
      field: 'body.motionId',
    })
  return stored.project
}

async function mustProject(db: Db, compoundId: string, projectId: string) {
  const [project, pledges] = await Promise.all([
    getProject(db, compoundId, projectId),
    listPledges(db, compoundId, projectId),
  ])
  if (!project) throw new NotFound('众筹项目')
  return { project, pledges }
}

/**
 * An owner's pledge for their own unit (F13): the domain checks it against what was read (`checkPledge`), and
 * the store holds the same rules as conditions, so of concurrent pledges only those within the target land.
 */
export async function pledgeProject(
  db: Db,
  compoundId: string,
  projectId: string,
  input: PledgeRequest,
  actor: { userId: string; at: string },
): Promise<void> {
  const { project, pledges } = await mustProject(db, compoundId, projectId)
  const share = project.shares.find((s) => s.unitId === input.unitId)
  const pledged = pledges.find((p) => p.unitId === input.unitId)?.amountFen ?? 0
  checkPledge(project, share && { ...share, pledgedFen: pledged }, input.amountFen, actor.at)
  const outcome = await putPledge(
    db,
    project,
    {
      projectId,
      unitId: input.unitId,
      amountFen: input.amountFen,
      paidFen: 0,
      pledgedBy: actor.userId,
      pledgedAt: actor.at,
    },
    actor.at,
  )
  if (outcome === 'unit_taken')
    throw new Conflict('AlreadyPledged', `${share?.unitLabel ?? '这户'}已认缴，每户只能认缴一次`, {
      field: 'body.unitId',
    })
  if (outcome === 'project_refused') {
    // Read again to say why: another pledge filled the target, or the deadline passed meanwhile.
    const after = await getProject(db, compoundId, projectId)
    if (after) checkPledge(after, share && { ...share, pledgedFen: 0 }, input.amountFen, actor.at)
    throw new Conflict('PledgeAboveTarget', '认缴合计将超过目标金额', { field: 'body.amountFen' })
  }
}

/**
 * Money received offline for a pledged unit (F13), posted to the trust ledger into the project's own fund; the
 * pledge's received sum is conditioned in the posting's transaction, so two clerks cannot overfill one pledge.
 */
export async function recordContribution(
  db: Db,
  compoundId: string,
  projectId: string,
  input: ContributionRequest,
  actor: { userId: string; at: string },
): Promise<void> {
  const { project, pledges } = await mustProject(db, compoundId, projectId)
  const pledgeRecord = pledges.find((p) => p.unitId === input.unitId)
  const share = project.shares.find((s) => s.unitId === input.unitId)
  checkContribution(
    project,
    share && {
      unitLabel: share.unitLabel,
      pledgedFen: pledgeRecord?.amountFen ?? 0,
      paidFen: pledgeRecord?.paidFen ?? 0,
    },
    input.amountFen,
    actor.at,
  )
  if (!pledgeRecord) return
  try {
    await postContribution(db, project, pledgeRecord, input, actor)
  } catch (err) {
    if (err instanceof PostingRejected)
      throw new Conflict('ContributionChanged', '这户的收款刚被他人登记，请刷新后再看', { field: 'body.amountFen' })
    throw err
  }
}

/**
 * The committee ends a project (F13): cancelled, lapsed (all-or-nothing) or completed. What is left in the fund
 * (received − spent) is refunded pro rata to what each household paid and posted as one entry out of the fund
 * (`planClosure`), with the closure in the same transaction: a repeated or a concurrent close posts once.
 */
export async function closeProject(
  db: Db,
  compoundId: string,
  projectId: string,
  input: CloseProjectRequest,
  actor: { userId: string; at: string },
): Promise<void> {
  const { project, pledges } = await mustProject(db, compoundId, projectId)
  const { closure, draft } = planClosure(project, pledges, input, actor)
  // The pledges and the project are read apart: money recorded in between shows as a mismatch, read again.
  const paidByPledges = pledges.reduce((s, x) => s + x.paidFen, 0)
  if (paidByPledges !== project.paidFen) throw changed()
  const outcome = await closeProjectPosting(db, project, closure, draft, actor, (balances) =>
    assertRefundEmpties(projectId, closure.refundedFen, balances),
  )
  if (outcome.outcome === 'changed') {
    const after = await getProject(db, compoundId, projectId)
    if (after?.closure) return
    throw changed()
  }
}

const changed = () => new Conflict('ProjectChanged', '项目资金刚有变动，请刷新后重试', { field: 'body.outcome' })
