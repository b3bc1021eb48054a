import type {
  Decision,
  DecisionProgressRequest,
  DecisionStatus,
  JointParty,
  ReportJointDecision,
} from '@jiayuan/contracts'
import { Conflict, Forbidden, InvalidInput } from '../errors'
import { shanghaiDate } from '../time/index'

const FINAL: ReadonlySet<DecisionStatus> = new Set(['done', 'dropped'])

/** Who may report on a decision: its owning party, and the community that convened; for a person or department, any party. */
export function mayReport(decision: Pick<Decision, 'owner'>, speaksFor: readonly JointParty[]): boolean {
  if (speaksFor.includes('community')) return true
  if (decision.owner.kind === 'party')
    return decision.owner.party !== undefined && speaksFor.includes(decision.owner.party)
  return speaksFor.length > 0
}

/**
 * A progress note (G3): done needs at least one evidence photo, dropped needs its reason (the note); a done or
 * dropped decision takes no more notes.
 */
export function progressPlan(
  decision: Decision,
  req: DecisionProgressRequest,
  speaksFor: readonly JointParty[],
  by: { name: string; at: string },
): Decision {
  if (!mayReport(decision, speaksFor)) throw new Forbidden('只有负责方或社区可以更新这项决定')
  if (FINAL.has(decision.status)) throw new Conflict('DecisionClosed', '这项决定已办结或撤销，不能再更新')
  if (req.status === 'done' && req.photoKeys.length === 0) {
    const message = '办结需要至少一张现场照片'
    throw new InvalidInput(`photoKeys: ${message}`, [{ field: 'photoKeys', message }])
  }
  const note = { at: by.at, byName: by.name, text: req.text, status: req.status, photoKeys: [...req.photoKeys] }
  return {
    ...decision,
    status: req.status,
    ...(req.status === 'dropped' ? { reason: req.text } : {}),
    ...(req.status === 'done' ? { doneAt: by.at } : {}),
    progress: [...decision.progress, note],
    version: decision.version + 1,
  }
}

/**
 * What the scheduled sweep does with an unfinished decision (G3, T9): flag it overdue once past its due date
 * (the flag stays when later progress is reported), remind the owner once from the day before.
 */
export function sweepDecision(
  d: Pick<Decision, 'status' | 'dueDate' | 'overdueAt'> & { remindedAt?: string },
  now: Date,
): 'overdue' | 'remind' | null {
  if (FINAL.has(d.status)) return null
  const today = shanghaiDate(now)
  if (d.dueDate < today) return d.overdueAt ? null : 'overdue'
  const tomorrow = shanghaiDate(now.getTime() + 86_400_000)
  if (d.dueDate <= tomorrow && !d.remindedAt) return 'remind'
  return null
}

/**
 * The decisions a month's report lists (D3, G3): those made before the month ended that were still open at
 * its end, or made, done or dropped within it — as they stand when the report is drafted.
 */
export function reportJointDecisions(
  decisions: readonly Decision[],
  monthStart: Date,
  monthEnd: Date,
): ReportJointDecision[] {
  const inMonth = (iso: string | undefined) =>
    iso !== undefined && Date.parse(iso) >= monthStart.getTime() && Date.parse(iso) < monthEnd.getTime()
  const closedAt = (d: Decision) => d.doneAt ?? [...d.progress].reverse().find((p) => p.status === 'dropped')?.at
  return decisions
    .filter((d) => Date.parse(d.madeAt) < monthEnd.getTime())
    .filter((d) => {
      const closed = closedAt(d)
      const openAtEnd = !FINAL.has(d.status) || (closed !== undefined && Date.parse(closed) >= monthEnd.getTime())
      return inMonth(d.madeAt) || inMonth(closed) || openAtEnd
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.decisionId.localeCompare(b.decisionId))
    .map((d) => ({
      decisionId: d.decisionId,
      title: d.title,
      meetingTitle: d.meetingTitle,
      ownerName: d.owner.name,
      dueDate: d.dueDate,
      status: d.status,
      madeAt: d.madeAt,
      ...(d.doneAt ? { doneAt: d.doneAt } : {}),
    }))
}
