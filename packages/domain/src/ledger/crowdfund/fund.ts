import type { JournalEntryDraft } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../../errors'
import { yuanText } from '../../money/yuan'
import { BANK_ACCOUNT, projectAccount } from '../chart'
import { projectStatus, refundsProRata } from './pledges'
import type { PledgeRecord, ProjectClosure, ProjectRecord } from './record'

/** A project's own fund (F13) as the page reads it; every figure follows from what was posted. */
export interface ProjectFund {
  paidFen: number
  spentFen: number
  refundedFen: number
  pendingFen: number
  balanceFen: number
  availableFen: number
}

/** `availableFen` is what may still be spent: nothing before the project is funded or once it ended. */
export function projectFund(p: ProjectRecord, now: string): ProjectFund {
  const spentFen = p.spentFen ?? 0
  const pendingFen = Math.max(0, (p.committedFen ?? 0) - spentFen)
  const refundedFen = p.closure?.refundedFen ?? 0
  const balanceFen = p.paidFen - spentFen - refundedFen
  return {
    paidFen: p.paidFen,
    spentFen,
    refundedFen,
    pendingFen,
    balanceFen,
    availableFen: projectStatus(p, now) === 'funded' ? Math.max(0, balanceFen - pendingFen) : 0,
  }
}

/** What the fund holds on the chain: the project account carries a credit (negative) balance. */
export const projectHolding = (balances: Readonly<Record<string, number>>, projectId: string): number =>
  -(balances[projectAccount(projectId)] ?? 0)

/**
 * A payment out of a project's fund (F3, F13): only once the project is funded (all-or-nothing), never once it
 * ended, and never more than the fund can still spend: what was received less what was spent and what pending
 * expenses have set aside (422 naming `body.amountFen`, with the figures).
 */
export function checkProjectSpending(p: ProjectRecord, amountFen: number, now: string): void {
  const status = projectStatus(p, now)
  if (status === 'funding')
    throw new RuleViolation('ProjectNotFunded', '项目还没有筹满，认缴达到目标金额后才能动用项目资金', {
      field: 'body.projectId',
    })
  if (status !== 'funded')
    throw new RuleViolation(
      'ProjectClosed',
      status === 'lapsed' ? '项目未筹满已终止，资金只能退还' : status === 'closed' ? '项目已结项' : '项目已取消',
      { field: 'body.projectId' },
    )
  const fund = projectFund(p, now)
  if (amountFen > fund.availableFen) throw fundShort(amountFen, fund)
}

export const fundShort = (amountFen: number, fund: ProjectFund) =>
  new RuleViolation(
    'ProjectFundShort',
    `项目资金可用 ${yuanText(fund.availableFen)}（已收 ${yuanText(fund.paidFen)}，已支出 ${yuanText(fund.spentFen)}，` +
      `待审批 ${yuanText(fund.pendingFen)}），不足以支付 ${yuanText(amountFen)}`,
    { field: 'body.amountFen' },
  )

/** The fund must still hold the amount on the head the posting is conditioned on (F2: derived, never typed). */
export function assertProjectCovers(projectId: string, amountFen: number, balances: Readonly<Record<string, number>>) {
  const holds = projectHolding(balances, projectId)
  if (holds < amountFen)
    throw new RuleViolation('ProjectFundShort', `项目资金余额 ${yuanText(holds)}，不足以支付 ${yuanText(amountFen)}`, {
      field: 'body.amountFen',
    })
}

/** The rounding of refunds in words, as the page states it. */
export const REFUND_ROUNDING_TEXT =
  '退款按各户已缴金额占比分配，精确到分：先按比例取整到分，余下的几分钱依次给小数部分最大的户（相同时给先缴的户），合计正好等于结余'

/**
 * Ending a project (F13). `complete` only a funded project (its work paid); `cancel` one funding, funded or
 * lapsed (a lapsed project ends as `lapsed`, all-or-nothing). Not while expenses are pending (409 naming
 * `body.outcome`: approve or reject them first). What is left (received − spent) goes back to the households pro
 * rata to what each paid (`refundsProRata`), in one entry: debit the project's fund, credit the bank.
 */
export function planClosure(
  p: ProjectRecord,
  pledges: readonly PledgeRecord[],
  input: { outcome: 'cancel' | 'complete'; reason: string },
  actor: { userId: string; at: string },
): { closure: ProjectClosure; draft?: JournalEntryDraft } {
  const status = projectStatus(p, actor.at)
  if (p.closure || status === 'cancelled' || status === 'closed')
    throw new Conflict('ProjectClosed', status === 'closed' ? '这个项目已结项' : '这个项目已取消', {
      field: 'body.outcome',
    })
  if (input.outcome === 'complete' && status !== 'funded')
    throw new RuleViolation(
      'ProjectNotFunded',
      status === 'lapsed' ? '项目未筹满已终止，只能取消并退款' : '项目还没有筹满，不能结项；可以取消并退款',
      { field: 'body.outcome' },
    )
  const fund = projectFund(p, actor.at)
  if (fund.pendingFen > 0)
    throw new Conflict(
      'ProjectHasPending',
      `还有待审批的支出 ${yuanText(fund.pendingFen)}，请先审批或驳回后再结束项目`,
      {
        field: 'body.outcome',
      },
    )
  const refunds = refundsProRata(
    pledges.map((x) => ({ unitId: x.unitId, paidFen: x.paidFen })),
    fund.spentFen,
  ).filter((r) => r.paidFen > 0)
  const refundedFen = refunds.reduce((s, r) => s + r.refundFen, 0)
  const closure: ProjectClosure = {
    outcome: status === 'lapsed' ? 'lapsed' : input.outcome === 'complete' ? 'completed' : 'cancelled',
    reason: input.reason,
    closedBy: actor.userId,
    closedAt: actor.at,
    refundedFen,
    refunds,
  }
  if (refundedFen === 0) return { closure }
  const households = refunds.filter((r) => r.refundFen > 0).length
  return {
    closure,
    draft: {
      entryId: projectRefundEntryId(p.projectId),
      compoundId: p.compoundId,
      postedAt: actor.at,
      kind: 'project_refund',
      memo: `众筹项目退款：${p.title}（${households} 户，按已缴比例）`.slice(0, 200),
      legs: [
        { account: projectAccount(p.projectId), amountFen: refundedFen },
        { account: BANK_ACCOUNT, amountFen: -refundedFen },
      ],
    },
  }
}

/** One refund entry per project: its id follows from the project, so it is posted once. */
export const projectRefundEntryId = (projectId: string) => `prf_${projectId}`

/** The refund empties the fund exactly: checked on the head the posting is conditioned on. */
export function assertRefundEmpties(
  projectId: string,
  refundedFen: number,
  balances: Readonly<Record<string, number>>,
) {
  const holds = projectHolding(balances, projectId)
  if (holds !== refundedFen)
    throw new Conflict(
      'ProjectFundChanged',
      `项目资金余额 ${yuanText(holds)} 与应退合计 ${yuanText(refundedFen)} 不符，请刷新后重试`,
    )
}
