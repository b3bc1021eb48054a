import { createHash } from 'node:crypto'
import { governance, type Proposal } from '@jiayuan/contracts'
import {
  getJointMeeting,
  getUser,
  listProposals,
  proposalDecidedPut,
  putProposal,
  saveJointMeeting,
  type StoredProposal,
} from '@jiayuan/db'
import { assertNotLocked, Conflict, maskName, NotFound } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { changedMeanwhile, loadMeeting } from './load'

/** Others see a proposer's name masked (P1); the proposer's id never leaves the server. */
const shown = ({ userId: _u, ...p }: StoredProposal): Proposal => ({ ...p, byName: maskName(p.byName) })

export const proposalRoutes = [
  // A resident proposes an item for a meeting not yet held; the convenor moderates it (G2).
  route(governance.proposeItem, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, meetingId } = ctx.params
    const meeting = await getJointMeeting(ctx.deps.db, compoundId, meetingId)
    if (!meeting) throw new NotFound('联席会议')
    assertNotLocked(meeting.status)
    const proposalId = createHash('sha256').update(`${userId}:${ctx.body.idempotencyKey}`).digest('hex').slice(0, 20)
    const proposal: StoredProposal = {
      proposalId,
      title: ctx.body.title,
      ...(ctx.body.detail ? { detail: ctx.body.detail } : {}),
      byName: (await getUser(ctx.deps.db, userId))?.displayName ?? '住户',
      userId,
      at: ctx.now.toISOString(),
      status: 'pending',
    }
    if (!(await putProposal(ctx.deps.db, compoundId, meetingId, proposal))) {
      const first = (await listProposals(ctx.deps.db, compoundId, meetingId)).find((p) => p.proposalId === proposalId)
      if (first) return shown(first)
    }
    return shown(proposal)
  }),

  route(governance.listProposals, async ({ params, deps }) => ({
    proposals: (await listProposals(deps.db, params.compoundId, params.meetingId)).map(shown),
  })),

  // Accepting puts the item at the end of the agenda in the same transaction as the answer.
  route(governance.moderateProposal, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, meetingId, proposalId } = ctx.params
    const { meeting } = await loadMeeting(ctx.deps, ctx.params, { userId, roles: ctx.member.roles })
    assertNotLocked(meeting.status)
    const proposal = (await listProposals(ctx.deps.db, compoundId, meetingId)).find((p) => p.proposalId === proposalId)
    if (!proposal) throw new NotFound('议题建议')
    if (proposal.status !== 'pending') throw new Conflict('ProposalDecided', '这条建议已经处理过了')
    const decided: StoredProposal = { ...proposal, status: ctx.body.accept ? 'accepted' : 'declined' }
    const item = {
      itemId: `p${proposalId.slice(0, 12)}`,
      title: proposal.title,
      ...(proposal.detail ? { detail: proposal.detail } : {}),
      source: { kind: 'proposal' as const, proposalId },
    }
    const next = ctx.body.accept
      ? { ...meeting, agenda: [...meeting.agenda, item].slice(0, 30), revision: meeting.revision + 1 }
      : { ...meeting, revision: meeting.revision + 1 }
    const saved = await saveJointMeeting(
      ctx.deps.db,
      next,
      meeting.revision,
      { action: 'joint_meeting.proposal', actorId: userId, at: ctx.now.toISOString(), reason: decided.status },
      [proposalDecidedPut(ctx.deps.db, compoundId, meetingId, decided)],
    )
    if (!saved) changedMeanwhile()
    return shown(decided)
  }),
]
