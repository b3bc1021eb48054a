import type { ExpenseView, FundPayoutView, LedgerPolicy } from '@jiayuan/contracts'
import { readBuildings } from '@jiayuan/db'
import {
  AUTHORISING_MATTERS,
  FUND_MATTER,
  approvalsRequiredFor,
  byZhNumeric,
  evidenceRef,
  fundChargesByBuilding,
  type ExpenseRecord,
  type FundAllocation,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { evidenceViews } from './evidence'

/**
 * A payout's 分摊清单 as members read it (F11): per building, then per unit by its label and area, with the
 * caller's own units picked out. It names units, never people (P1).
 */
async function fundPayoutView(
  deps: Deps,
  compoundId: string,
  fund: FundAllocation,
  viewerUnitIds: readonly string[],
): Promise<FundPayoutView> {
  const names = new Map((await readBuildings(deps.db, compoundId)).map((b) => [b.buildingId, b.name]))
  const line = ({ unitLabel, areaCentiSqm, fen }: FundAllocation['charges'][number]) => ({
    unitLabel,
    areaCentiSqm,
    fen,
  })
  return {
    scopeText: fund.scopeText,
    buildings: fundChargesByBuilding(fund.charges).map((b) => ({
      ...b,
      name: names.get(b.buildingId) ?? b.buildingId,
    })),
    // Floor order as people count (2-1-101 … 2-1-1001), not the roll's string order.
    charges: [...fund.charges].sort((a, b) => byZhNumeric(a.unitLabel, b.unitLabel)).map(line),
    mine: fund.charges.filter((c) => viewerUnitIds.includes(c.unitId)).map(line),
  }
}

/**
 * An expense as anyone with access reads it; people appear by masked name (P1). `viewerUnitIds` are the
 * caller's own units, picked out in a fund payout's charges.
 */
export async function expenseView(
  deps: Deps,
  e: ExpenseRecord,
  policy: LedgerPolicy,
  viewerUnitIds: readonly string[] = [],
): Promise<ExpenseView> {
  const fromFund = e.source === 'maintenance_fund'
  // F11: every fund payout needs its owners' type-5 vote, whatever the amount.
  // F13: a project's spending rests on its scope's type-7 vote already; the committee's N of M still applies.
  const needsAssembly = fromFund || (e.source !== 'project' && e.amountFen > policy.approval.assemblyAboveFen)
  const matters = fromFund ? [FUND_MATTER] : AUTHORISING_MATTERS
  const authorised = e.assemblyVote !== undefined && matters.includes(e.assemblyVote.matterType)
  return {
    expenseId: e.expenseId,
    category: e.category,
    amountFen: e.amountFen,
    counterparty: e.counterparty,
    memo: e.memo,
    evidence: await evidenceViews(deps, e.evidence.map(evidenceRef)),
    status: e.status === 'pending' && needsAssembly && !authorised ? 'blocked_needs_assembly' : e.status,
    proposerId: e.proposerId,
    proposerName: e.proposerName,
    createdAt: e.createdAt,
    approvals: e.approvals,
    approvalsRequired: approvalsRequiredFor(e.amountFen, policy),
    needsAssembly,
    assemblyLimitFen: policy.approval.assemblyAboveFen,
    ...(e.assemblyVote ? { assemblyVote: e.assemblyVote } : {}),
    source: e.source ?? 'operating',
    ...(e.fund ? { fundPayout: await fundPayoutView(deps, e.compoundId, e.fund, viewerUnitIds) } : {}),
    ...(e.project ? { project: e.project } : {}),
    ...(e.postedSeq !== undefined ? { postedSeq: e.postedSeq } : {}),
    ...(e.rejection ? { rejection: e.rejection } : {}),
  }
}
