import {
  FUND_INCOME_LABEL,
  street,
  type FundGrant,
  type FundIncomeSource,
  type FundLine,
  type GrantTarget,
  type JournalEntry,
  type StreetFundView,
} from '@jiayuan/contracts'
import {
  approveGrantPosting,
  figureRefOf,
  getCompound,
  getGrant,
  getImprovement,
  getProject,
  getStreet,
  getUser,
  grantIdOf,
  insertGrant,
  listCommunityCompounds,
  listImprovements,
  listProjects,
  listStreetCommunityIds,
  newId,
  postFundIncome,
  postMatchIncome,
  readChain,
  readChainHead,
  readFund,
  streetFundChainId,
  type GrantRecord,
} from '@jiayuan/db'
import { BANK_ACCOUNT, Conflict, Forbidden, InvalidInput, NotFound, RuleViolation, maskName } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { checkEvidence, evidenceViews } from '../ledger/evidence'
import { extensionOf, uploadPrefix } from '../storage/uploads'

/**
 * The street's 美好家园 fund (DOMAIN S4): income, grants under dual control (F3) and crowdfund matches (F13), on a
 * chain verified by the same code as a compound's (F2, F10). Street staff work under `/streets/{streetId}/fund`;
 * a compound's people read their own street's fund, personal names masked (P1).
 */

const bad = (field: string, message: string) => new InvalidInput(`${field}: ${message}`, [{ field, message }])
const nameOf = async (deps: Deps, userId: string) => (await getUser(deps.db, userId))?.displayName ?? '街道工作人员'
const GRANT_LABEL = { improvement: '提升项目拨付', crowdfund: '众筹配捐' } as const

/** One chain entry as a fund line: into (+) or out of (−) the fund's bank account, with its evidence. */
async function lineOf(deps: Deps, e: JournalEntry, grants: ReadonlyMap<string, GrantRecord>): Promise<FundLine> {
  const bank = e.legs.find((l) => l.account === BANK_ACCOUNT)?.amountFen ?? 0
  const heading = e.legs.find((l) => l.account.startsWith('street:'))?.account.slice('street:'.length) ?? ''
  const grant = e.reference ? grants.get(e.reference) : undefined
  const category =
    e.kind === 'street_income'
      ? (FUND_INCOME_LABEL[heading as FundIncomeSource] ?? '基金收入')
      : heading === 'match'
        ? GRANT_LABEL.crowdfund
        : GRANT_LABEL.improvement
  return {
    seq: e.seq,
    postedAt: e.postedAt,
    ...(e.valueDate ? { valueDate: e.valueDate } : {}),
    kind: e.kind === 'street_income' ? 'income' : 'grant',
    category,
    memo: e.memo,
    ...(e.counterparty ? { counterparty: e.counterparty } : {}),
    amountFen: bank,
    evidence: await evidenceViews(deps, e.attachments),
    ...(grant ? { grantId: grant.grantId } : {}),
    hash: e.hash,
  }
}

async function grantView(deps: Deps, g: GrantRecord, staff: boolean): Promise<FundGrant> {
  const name = (n: string) => (staff ? n : maskName(n))
  return {
    grantId: g.grantId,
    streetId: g.streetId,
    target: g.target,
    compoundName: g.compoundName,
    projectTitle: g.projectTitle,
    amountFen: g.amountFen,
    memo: g.memo,
    status: g.status,
    proposedByName: name(g.proposedByName),
    proposedAt: g.proposedAt,
    ...(g.approvedByName ? { approvedByName: name(g.approvedByName) } : {}),
    ...(g.approvedAt ? { approvedAt: g.approvedAt } : {}),
    ...(g.streetSeq ? { streetSeq: g.streetSeq } : {}),
    ...(g.compoundSeq ? { compoundSeq: g.compoundSeq } : {}),
    evidence: await evidenceViews(
      deps,
      g.evidence.map((e) => `${e.kind}:${e.key}`),
    ),
  }
}

/** Every improvement project and open crowdfunded project of the street's compounds: what a grant may go to. */
async function targetsOf(deps: Deps, streetId: string): Promise<StreetFundView['targets']> {
  const communities = await listStreetCommunityIds(deps.db, streetId)
  const compounds = (await Promise.all(communities.map((c) => listCommunityCompounds(deps.db, c)))).flat()
  const perCompound = await Promise.all(
    compounds.map(async (f) => {
      const [improvements, projects] = await Promise.all([
        listImprovements(deps.db, f.compoundId),
        listProjects(deps.db, f.compoundId),
      ])
      const compoundName = f.name
      return [
        ...improvements.map((p) => ({
          target: { kind: 'improvement' as const, compoundId: f.compoundId, projectId: p.projectId },
          compoundName,
          projectTitle: p.title,
          budgetFen: p.budgetFen,
        })),
        ...projects
          .filter((p) => !p.closure && !p.cancelledAt)
          .map((p) => ({
            target: { kind: 'crowdfund' as const, compoundId: f.compoundId, projectId: p.projectId },
            compoundName,
            projectTitle: p.title,
            budgetFen: p.targetFen,
          })),
      ]
    }),
  )
  return perCompound.flat()
}

async function fundView(deps: Deps, streetId: string, staff: boolean): Promise<StreetFundView> {
  const chainId = streetFundChainId(streetId)
  const [streetRecord, head, entries, { summary, grants }, targets] = await Promise.all([
    getStreet(deps.db, streetId),
    readChainHead(deps.db, chainId),
    readChain(deps.db, chainId, 0, 1000),
    readFund(deps.db, streetId),
    staff ? targetsOf(deps, streetId) : Promise.resolve([]),
  ])
  const byId = new Map(grants.map((g) => [g.grantId, g]))
  const lines = await Promise.all([...entries].reverse().map((e) => lineOf(deps, e, byId)))
  const income = lines.filter((l) => l.kind === 'income').reduce((s, l) => s + l.amountFen, 0)
  const granted = -lines.filter((l) => l.kind === 'grant').reduce((s, l) => s + l.amountFen, 0)
  const shown = grants.filter((g) => staff || g.status === 'approved')
  return {
    streetId,
    streetName: streetRecord?.name ?? streetId,
    balanceFen: head.balances[BANK_ACCOUNT] ?? 0,
    pendingFen: summary.pendingFen,
    availableFen: summary.availableFen,
    incomeFen: income,
    grantedFen: granted,
    lines,
    grants: await Promise.all(shown.map((g) => grantView(deps, g, staff))),
    targets,
    staff,
  }
}

async function chainPage(deps: Deps, chainId: string, afterSeq: number, limit: number) {
  const [entries, head] = await Promise.all([
    readChain(deps.db, chainId, afterSeq, limit),
    readChainHead(deps.db, chainId),
  ])
  const last = entries[entries.length - 1]
  return {
    entries,
    nextAfterSeq: last && last.seq < head.seq ? last.seq : null,
    head: { seq: head.seq, headHash: head.headHash, count: head.seq },
    balances: Object.entries(head.balances).map(([account, amountFen]) => ({ account, amountFen })),
  }
}

/** The street a compound belongs to; its people read that street's fund and no other. */
async function streetOf(deps: Deps, compoundId: string): Promise<string> {
  const ref = await figureRefOf(deps.db, compoundId)
  if (!ref) throw new NotFound('本小区所属街道的美好家园基金')
  return ref.streetId
}

/** What a proposal pays for must be a project of a compound in this street; its name and title are kept. */
async function resolveTarget(deps: Deps, streetId: string, target: GrantTarget) {
  const ref = await figureRefOf(deps.db, target.compoundId).catch(() => null)
  if (!ref || ref.streetId !== streetId) throw bad('body.target.compoundId', '该小区不在本街道')
  const compound = await getCompound(deps.db, target.compoundId)
  if (target.kind === 'improvement') {
    const p = await getImprovement(deps.db, target.compoundId, target.projectId)
    if (!p) throw bad('body.target.projectId', '提升项目不存在')
    return { compoundName: compound.name, projectTitle: p.title }
  }
  const p = await getProject(deps.db, target.compoundId, target.projectId)
  if (!p) throw bad('body.target.projectId', '众筹项目不存在')
  if (p.closure || p.cancelledAt) throw bad('body.target.projectId', '众筹项目已结束，不能再配捐')
  return { compoundName: compound.name, projectTitle: p.title }
}

export const fundRoutes = [
  route(street.streetFund, async (ctx) => fundView(ctx.deps, ctx.params.streetId, true)),

  route(street.streetFundChain, async (ctx) =>
    chainPage(ctx.deps, streetFundChainId(ctx.params.streetId), ctx.query.afterSeq, ctx.query.limit),
  ),

  route(street.compoundStreetFund, async (ctx) => {
    const streetId = await streetOf(ctx.deps, ctx.params.compoundId)
    // Street staff reading through a compound see what a resident sees: the proposals are on their own page.
    return fundView(ctx.deps, streetId, false)
  }),

  route(street.compoundStreetFundChain, async (ctx) => {
    const streetId = await streetOf(ctx.deps, ctx.params.compoundId)
    return chainPage(ctx.deps, streetFundChainId(streetId), ctx.query.afterSeq, ctx.query.limit)
  }),

  route(street.fundUpload, async (ctx) => {
    const { userId } = mustCaller(ctx)
    if (ctx.body.purpose !== 'receipt') throw bad('body.purpose', '基金凭证的用途应为 receipt')
    const ext = extensionOf(ctx.body.contentType)
    const key = `${uploadPrefix(streetFundChainId(ctx.params.streetId), 'receipt', userId)}${newId()}.${ext}`
    const put = await ctx.deps.files.presignPut(key, ctx.body.contentType, ctx.body.size, ctx.now)
    return { key, method: 'PUT' as const, ...put }
  }),

  route(street.recordFundIncome, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId } = ctx.params
    const chainId = streetFundChainId(streetId)
    await checkEvidence(ctx.deps, chainId, userId, ctx.body.evidence)
    const posted = await postFundIncome(ctx.deps.db, streetId, ctx.body, { userId, at: ctx.now.toISOString() })
    return lineOf(ctx.deps, posted.entry, new Map())
  }),

  route(street.proposeGrant, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId } = ctx.params
    const body = ctx.body
    await checkEvidence(ctx.deps, streetFundChainId(streetId), userId, body.evidence)
    const names = await resolveTarget(ctx.deps, streetId, body.target)
    const grant: GrantRecord = {
      grantId: grantIdOf(streetId, userId, body.idempotencyKey),
      streetId,
      target: body.target,
      ...names,
      amountFen: body.amountFen,
      memo: body.memo,
      evidence: body.evidence,
      status: 'pending',
      proposedBy: userId,
      proposedByName: await nameOf(ctx.deps, userId),
      proposedAt: ctx.now.toISOString(),
    }
    const out = await insertGrant(ctx.deps.db, grant)
    if (out.outcome === 'insufficient')
      throw new RuleViolation('FundInsufficient', `美好家园基金可用余额不足：还可拨付 ${out.availableFen / 100} 元`, [
        { field: 'body.amountFen', message: '超过基金可用余额（待批拨付已占用的不计在内）' },
      ])
    return grantView(ctx.deps, out.grant, true)
  }),

  route(street.approveGrant, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { streetId, grantId } = ctx.params
    const grant = await getGrant(ctx.deps.db, streetId, grantId)
    if (!grant) throw new NotFound('拨付申请')
    const at = ctx.now.toISOString()
    if (grant.status === 'approved') {
      // A match whose compound half did not land (the street's entry did) is finished by approving again.
      if (grant.target.kind === 'crowdfund' && grant.compoundSeq === undefined) {
        const entry = await postMatchIncome(ctx.deps.db, grant, { userId, at })
        return grantView(ctx.deps, { ...grant, compoundSeq: entry.seq }, true)
      }
      throw new Conflict('GrantAlreadyApproved', '这笔拨付已经批准过了，不能重复批准')
    }
    if (grant.proposedBy === userId)
      throw new Forbidden('不能批准自己提出的拨付：须由另一位街道工作人员批准（双人复核）')
    const out = await approveGrantPosting(ctx.deps.db, grant, { userId, name: await nameOf(ctx.deps, userId), at })
    if (out.outcome === 'already') throw new Conflict('GrantAlreadyApproved', '这笔拨付已经批准过了，不能重复批准')
    if (out.outcome !== 'approved')
      throw new Forbidden('不能批准自己提出的拨付：须由另一位街道工作人员批准（双人复核）')
    let approved = out.grant
    if (approved.target.kind === 'crowdfund') {
      const entry = await postMatchIncome(ctx.deps.db, approved, { userId, at })
      approved = { ...approved, compoundSeq: entry.seq }
    }
    return grantView(ctx.deps, approved, true)
  }),
]
