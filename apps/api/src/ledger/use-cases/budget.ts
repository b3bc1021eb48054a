import type { BudgetLine } from '@jiayuan/contracts'
import { getBudget, getUser, saveBudget, type Db } from '@jiayuan/db'
import { budgetChanged, planBudgetApproval, planBudgetProposal } from '@jiayuan/domain'

async function budgetActor(db: Db, userId: string, at: string) {
  const user = await getUser(db, userId)
  return { userId, name: user?.displayName ?? '委员', at }
}

/** A committee member proposes the year's budget (domain `planBudgetProposal`); the lines in effect stay until approved. */
export async function proposeBudget(
  db: Db,
  compoundId: string,
  year: number,
  input: { lines: Array<Omit<BudgetLine, 'year'>>; reason: string; submit: boolean },
  actor: { userId: string; at: string },
): Promise<void> {
  const who = await budgetActor(db, actor.userId, actor.at)
  const before = await getBudget(db, compoundId, year)
  const lines = input.lines.map((l) => ({ year, ...l }))
  const next = planBudgetProposal(before, year, { ...input, lines }, who)
  const event = { action: 'ledger.budget_proposed' as const, ...actor, reason: input.reason }
  if (!(await saveBudget(db, compoundId, next, before?.version, event))) throw budgetChanged()
}

/** A second committee member approves the submitted budget (domain `planBudgetApproval`, F7 with F3's dual control). */
export async function approveBudget(
  db: Db,
  compoundId: string,
  year: number,
  readVersion: number,
  actor: { userId: string; at: string },
): Promise<void> {
  const who = await budgetActor(db, actor.userId, actor.at)
  const before = await getBudget(db, compoundId, year)
  const next = planBudgetApproval(before, readVersion, who)
  const event = { action: 'ledger.budget_approved' as const, ...actor, reason: before?.proposal?.reason ?? '' }
  if (!(await saveBudget(db, compoundId, next, before?.version, event))) throw budgetChanged()
}
