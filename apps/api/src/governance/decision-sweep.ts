import { createHash } from 'node:crypto'
import type { InboxMessage, JointParty, Role } from '@jiayuan/contracts'
import {
  listCompoundsForJobs,
  listDecisionsDueBy,
  listStaff,
  listPartyVersions,
  saveDecision,
  ticketMessageId,
  type StoredDecision,
} from '@jiayuan/db'
import { shanghaiDate, sweepDecision } from '@jiayuan/domain'
import type { Deps } from '../deps'

export interface DecisionSweepSummary {
  compounds: number
  reminded: number
  overdue: number
  errors: number
}

const ROLE_OF: Record<Exclude<JointParty, 'party_branch'>, Role> = {
  committee: 'committee_member',
  property: 'property_staff',
  community: 'community_admin',
}

/** Who hears about a decision's due date (T9): its owning party's people; for a person or department, the community. */
async function ownersOf(deps: Deps, d: StoredDecision): Promise<string[]> {
  const party: JointParty = d.owner.kind === 'party' && d.owner.party ? d.owner.party : 'community'
  if (party === 'party_branch') {
    const { branch } = await listPartyVersions(deps.db, d.compoundId)
    const secretary = branch[0]?.record.secretary.userId
    return secretary ? [secretary] : []
  }
  const members = await listStaff(deps.db, d.compoundId)
  return members.filter((m) => m.roles.includes(ROLE_OF[party])).map((m) => m.userId)
}

function message(d: StoredDecision, kind: 'decision_due' | 'decision_overdue', at: string): InboxMessage {
  return {
    messageId: ticketMessageId(at, createHash('sha256').update(`${kind}:${d.decisionId}`).digest('hex').slice(0, 20)),
    compoundId: d.compoundId,
    kind,
    title: kind === 'decision_due' ? '联席会议决定即将到期' : '联席会议决定已逾期',
    body: `${d.title}（完成期限 ${d.dueDate}）`.slice(0, 300),
    link: { to: 'decision', decisionId: d.decisionId },
    at,
  }
}

/**
 * The decisions sweep (G3, T9), run with the SLA sweep: for each compound, the unfinished decisions due by
 * tomorrow (one Query of the sparse index), a reminder once from the day before and an overdue flag once the day
 * has passed, each written on the version read with the owners' inbox messages.
 */
export async function runDecisionSweep(
  deps: Deps,
  options: { compoundIds?: readonly string[] } = {},
): Promise<DecisionSweepSummary> {
  const now = deps.clock()
  const at = now.toISOString()
  const summary: DecisionSweepSummary = { compounds: 0, reminded: 0, overdue: 0, errors: 0 }
  const tomorrow = shanghaiDate(now.getTime() + 86_400_000)
  const compounds = (await listCompoundsForJobs(deps.db)).filter(
    (c) => !options.compoundIds || options.compoundIds.includes(c.compoundId),
  )
  for (const compound of compounds) {
    summary.compounds += 1
    for (const d of await listDecisionsDueBy(deps.db, compound.compoundId, tomorrow)) {
      const step = sweepDecision(d, now)
      if (!step) continue
      try {
        const next: StoredDecision =
          step === 'overdue'
            ? { ...d, status: 'overdue', overdueAt: at, version: d.version + 1 }
            : { ...d, remindedAt: at, version: d.version + 1 }
        const kind = step === 'overdue' ? 'decision_overdue' : 'decision_due'
        const recipients = await ownersOf(deps, d)
        const saved = await saveDecision(
          deps.db,
          next,
          d.version,
          { action: `decision.${step}`, actorId: 'sweep', at },
          recipients.map((userId) => ({ userId, message: message(d, kind, at) })),
        )
        if (saved) summary[step === 'overdue' ? 'overdue' : 'reminded'] += 1
      } catch (err) {
        summary.errors += 1
        deps.log({
          level: 'error',
          message: 'decision sweep failed on a decision',
          job: 'decision-sweep',
          compoundId: compound.compoundId,
          decisionId: d.decisionId,
          error: err instanceof Error ? err.message : String(err),
        })
      }
    }
  }
  return summary
}
