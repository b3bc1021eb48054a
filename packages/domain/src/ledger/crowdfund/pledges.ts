import type { ProjectStatus } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../../errors'
import { yuanText } from '../../money/yuan'
import { allocateByWeight } from '../money'

/** What the pledge rules read of a project. */
export interface PledgeProject {
  targetFen: number
  pledgedFen: number
  deadline: string
  cancelledAt?: string
  closure?: { outcome: 'cancelled' | 'lapsed' | 'completed' }
}

/**
 * All-or-nothing (DOMAIN F13): `funded` once the pledges reach the target (pledges are taken only before the
 * deadline, so reaching it means reaching it in time), `lapsed` when the deadline passed short of it, `funding`
 * before; `cancelled` when the committee called it off.
 */
export function projectStatus(project: PledgeProject, now: string): ProjectStatus {
  if (project.cancelledAt || project.closure?.outcome === 'cancelled') return 'cancelled'
  if (project.closure?.outcome === 'completed') return 'closed'
  if (project.closure?.outcome === 'lapsed') return 'lapsed'
  if (project.pledgedFen >= project.targetFen) return 'funded'
  return Date.parse(now) >= Date.parse(project.deadline) ? 'lapsed' : 'funding'
}

/**
 * A household's pledge (F13): only while the project is funding, one pledge per unit, at most the unit's share
 * (above it is refused naming `body.amountFen`). The store holds the same rules as conditions (one pledge
 * item per unit; the project's pledged sum never above its target), so concurrent pledges cannot pass them.
 */
export function checkPledge(
  project: PledgeProject,
  unit: { unitLabel: string; shareFen: number; pledgedFen: number } | undefined,
  amountFen: number,
  now: string,
): void {
  if (!unit) throw new RuleViolation('UnitNotInProject', '这套房屋不在这个项目的范围内', { field: 'body.unitId' })
  const status = projectStatus(project, now)
  if (status === 'funded') throw new Conflict('ProjectFunded', '这个项目已筹满，不再接受认缴')
  if (status === 'lapsed')
    throw new RuleViolation('ProjectLapsed', '认缴截止时间已过，项目未筹满', { field: 'body.amountFen' })
  if (status === 'cancelled') throw new Conflict('ProjectCancelled', '这个项目已取消')
  if (status === 'closed') throw new Conflict('ProjectClosed', '这个项目已结项')
  if (unit.pledgedFen > 0)
    throw new Conflict('AlreadyPledged', `${unit.unitLabel}已认缴 ${yuanText(unit.pledgedFen)}，每户只能认缴一次`, {
      field: 'body.unitId',
    })
  if (unit.shareFen === 0)
    throw new RuleViolation('NoShare', `${unit.unitLabel}按分摊方式不需出资`, { field: 'body.unitId' })
  if (amountFen > unit.shareFen)
    throw new RuleViolation(
      'PledgeAboveShare',
      `认缴金额 ${yuanText(amountFen)} 超过${unit.unitLabel}应分摊的 ${yuanText(unit.shareFen)}`,
      { field: 'body.amountFen' },
    )
  if (project.pledgedFen + amountFen > project.targetFen)
    throw new Conflict('PledgeAboveTarget', '认缴合计将超过目标金额', { field: 'body.amountFen' })
}

/**
 * Money received offline for a pledged unit (F13): only for a pledge, never more than is still owed on it,
 * and not once the project lapsed or was cancelled.
 */
export function checkContribution(
  project: PledgeProject,
  unit: { unitLabel: string; pledgedFen: number; paidFen: number } | undefined,
  amountFen: number,
  now: string,
): void {
  if (!unit) throw new RuleViolation('UnitNotInProject', '这套房屋不在这个项目的范围内', { field: 'body.unitId' })
  const status = projectStatus(project, now)
  if (status === 'lapsed' || status === 'cancelled' || status === 'closed')
    throw new RuleViolation(
      'ProjectClosed',
      status === 'lapsed'
        ? '项目未筹满已终止，不再收款'
        : status === 'closed'
          ? '项目已结项，不再收款'
          : '项目已取消，不再收款',
      {
        field: 'body.unitId',
      },
    )
  if (unit.pledgedFen === 0)
    throw new RuleViolation('NotPledged', `${unit.unitLabel}还没有认缴，不能登记收款`, { field: 'body.unitId' })
  const owed = unit.pledgedFen - unit.paidFen
  if (amountFen > owed)
    throw new RuleViolation(
      'ContributionAbovePledge',
      owed === 0
        ? `${unit.unitLabel}的认缴已全部收齐`
        : `收款 ${yuanText(amountFen)} 超过${unit.unitLabel}尚未缴纳的 ${yuanText(owed)}`,
      { field: 'body.amountFen' },
    )
}

/**
 * Refunds pro rata (F13): on cancellation, lapse or surplus, what is left of the fund (paid − spent) goes back
 * to the contributors in proportion to what each paid, exact to the fen (`allocateByWeight`: floors, then the
 * leftover fen to the largest remainders, ties to the earlier contributor). The refunds sum to exactly
 * paid − spent; nobody gets back more than they paid.
 */
export function refundsProRata<C extends { unitId: string; paidFen: number }>(
  contributions: readonly C[],
  spentFen: number,
): Array<C & { refundFen: number }> {
  const paid = contributions.reduce((s, c) => s + c.paidFen, 0)
  if (!Number.isSafeInteger(spentFen) || spentFen < 0 || spentFen > paid)
    throw new RuleViolation('SpentAbovePaid', `已支出 ${yuanText(spentFen)} 不能超过已收 ${yuanText(paid)}`)
  const payers = contributions.filter((c) => c.paidFen > 0)
  if (payers.length === 0) return contributions.map((c) => ({ ...c, refundFen: 0 }))
  const shares = allocateByWeight(
    paid - spentFen,
    payers.map((c) => ({ weight: c.paidFen, c })),
  )
  const byUnit = new Map(shares.map((s) => [s.c.unitId, s.fen]))
  return contributions.map((c) => ({ ...c, refundFen: byUnit.get(c.unitId) ?? 0 }))
}

/** A deadline must be in the future when the project is created (400 naming `body.deadline`). */
export function checkDeadline(deadline: string, now: string): void {
  if (Date.parse(deadline) <= Date.parse(now))
    throw new RuleViolation('DeadlinePassed', '截止时间须晚于现在', { field: 'body.deadline' })
}
