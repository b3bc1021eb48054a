import { createHash } from 'node:crypto'
import { platform, type CommitteeTerm, type MemberView } from '@jiayuan/contracts'
import {
  committeeRecordPut,
  compoundFactsUpdate,
  figureRefOf,
  getMeetingRecord,
  getMembership,
  getMotions,
  getUsers,
  listMeetingRecords,
  saveRoleChanges,
  type Db,
  type RoleChange,
  type TransactItem,
} from '@jiayuan/db'
import {
  assertCommitteeElection,
  assertNotSelf,
  checkCommitteeTerm,
  grantCommittee,
  InvalidInput,
  isCommitteeElection,
  NotFound,
  shanghaiDate,
} from '@jiayuan/domain'
import type { Deps } from '../deps'
import { mustCaller, route } from '../http/route'
import { assertOwnUpload } from '../storage/uploads'

/**
 * Grants the committee role to each person named, with its source and term, in one transaction with the
 * record of the election or filing (DOMAIN G1). Each must already be a member of the compound.
 */
async function grant(
  deps: Deps,
  compoundId: string,
  userIds: readonly string[],
  term: CommitteeTerm,
  record: { id: string; data: Record<string, unknown> },
  by: { actorId: string; at: string; reason: string },
): Promise<MemberView[]> {
  const db: Db = deps.db
  const unique = [...new Set(userIds)]
  for (const id of unique) assertNotSelf(by.actorId, id)
  const current = await Promise.all(unique.map((id) => getMembership(db, id, compoundId, { consistent: true })))
  const missing = unique.filter((_, i) => !current[i])
  if (missing.length)
    throw new InvalidInput('userIds: 所选的人还不是本小区成员', [
      { field: 'userIds', message: `所选的人还不是本小区成员：${missing.join('、')}` },
    ])
  const changes: RoleChange[] = current.flatMap((before, i) =>
    before
      ? [
          {
            compoundId,
            userId: unique[i] ?? '',
            before,
            after: grantCommittee(before, term),
            ...by,
            action: 'committee_granted' as const,
          },
        ]
      : [],
  )
  // The street's facts (G1 for S5): a committee on record from this election or filing, with the record.
  const ref = await figureRefOf(db, compoundId)
  const extra: TransactItem[] = [
    committeeRecordPut(db, compoundId, record.id, { ...record.data, ...term, userIds: unique, ...by }),
    ...(ref ? [compoundFactsUpdate(db, ref, { hasCommittee: true }, by.at)] : []),
  ]
  await saveRoleChanges(db, changes, extra)
  const users = await getUsers(db, unique)
  return changes.map((c) => ({
    userId: c.userId,
    displayName: users.get(c.userId)?.displayName ?? '—',
    roles: c.after.roles,
    gridIds: c.after.gridIds,
    ...(c.after.committee ? { committee: c.after.committee } : {}),
  }))
}

export const committeeRoutes = [
  route(platform.electionResults, async ({ params, deps }) => {
    const meetings = await listMeetingRecords(deps.db, params.compoundId)
    const results = await Promise.all(
      meetings.map(async (m) => {
        const passed = (m.results ?? []).filter((r) => isCommitteeElection(m, r.motionId))
        return passed.map((r) => ({
          meetingId: m.meetingId,
          motionId: r.motionId,
          meetingTitle: m.title,
          motionTitle: r.title,
          ...(m.finalAt ? { finalAt: m.finalAt } : {}),
        }))
      }),
    )
    return { results: results.flat() }
  }),

  route(platform.committeeFromElection, async (ctx) => {
    const { compoundId } = ctx.params
    const { meetingId, motionId, termStart, termEnd, userIds, reason } = ctx.body
    checkCommitteeTerm({ termStart, termEnd }, shanghaiDate(ctx.now))
    const meeting = await getMeetingRecord(ctx.deps.db, compoundId, meetingId)
    if (!meeting) throw new NotFound('会议')
    assertCommitteeElection(meeting, motionId)
    const motion = (await getMotions(ctx.deps.db, compoundId, meetingId)).find((m) => m.motionId === motionId)
    const term: CommitteeTerm = { source: { kind: 'election', meetingId, motionId }, termStart, termEnd }
    const members = await grant(
      ctx.deps,
      compoundId,
      userIds,
      term,
      {
        id: `ELECTION#${meetingId}#${motionId}`,
        data: { kind: 'election', meetingId, motionId, title: motion?.title ?? '' },
      },
      { actorId: mustCaller(ctx).userId, at: ctx.now.toISOString(), reason },
    )
    return { members }
  }),

  route(platform.committeeFromFiling, async (ctx) => {
    const { compoundId } = ctx.params
    const actorId = mustCaller(ctx).userId
    const { documentKey, termStart, termEnd, userIds, reason } = ctx.body
    checkCommitteeTerm({ termStart, termEnd }, shanghaiDate(ctx.now))
    await assertOwnUpload(
      ctx.deps.files,
      { compoundId, purpose: 'filing_document', userId: actorId },
      documentKey,
      'documentKey',
      '请先上传备案文件',
    )
    const filingId = createHash('sha256').update(documentKey).digest('hex').slice(0, 16)
    const term: CommitteeTerm = { source: { kind: 'filing', filingId, documentKey }, termStart, termEnd }
    const members = await grant(
      ctx.deps,
      compoundId,
      userIds,
      term,
      { id: `FILING#${filingId}`, data: { kind: 'filing', filingId, documentKey } },
      { actorId, at: ctx.now.toISOString(), reason },
    )
    return { members }
  }),
]
