import type { BallotListHeader, MeetingExport, MeetingExportHeader } from '@jiayuan/contracts'
import {
  getMotions,
  listDeliveries,
  readBallotLog,
  readBallotLogPage,
  readRoll,
  readRollSnapshot,
  type MeetingRecord,
} from '@jiayuan/db'
import { Conflict, maskName } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { frozenRollHash } from './counting'

/** Entries per page of the published list unless the reader asks for fewer or more (at most 1,000). */
export const LIST_PAGE_DEFAULT = 500
const LIST_PAGE_MAX = 1_000

export function sealedLog(m: MeetingRecord) {
  if (!m.ballotLog || !m.results || !m.closedAt) throw new Conflict('NotSealed', '投票截止后才有选票清单')
  return { ballotLog: m.ballotLog, results: m.results, closedAt: m.closedAt }
}

/**
 * Everything of the published list but its entries (DOMAIN V10, V11), plus, for the committee's export, the
 * frozen roll and the reference map. Names are display only, outside every hash, and masked unless the
 * compound names ballots.
 */
export async function buildHeader(deps: Deps, m: MeetingRecord): Promise<MeetingExportHeader> {
  const { ballotLog, results } = sealedLog(m)
  const rollHash = frozenRollHash(m)
  const followMajority = m.rules?.followMajority.enabled === true
  const [snapshot, motions, deliveries, current] = await Promise.all([
    readRollSnapshot(deps.db, m.compoundId, m.meetingId, rollHash),
    getMotions(deps.db, m.compoundId, m.meetingId),
    followMajority ? listDeliveries(deps.db, m.compoundId, m.meetingId) : Promise.resolve([]),
    readRoll(deps.db, m.compoundId),
  ])
  const { roll, refs } = snapshot
  const nameOf = new Map(current.owners.map((o) => [o.ownerId, o.name]))
  const named = m.rules?.namedBallots === true
  return {
    meetingId: m.meetingId,
    compoundId: m.compoundId,
    namedBallots: named,
    rollHash,
    window: { opensAt: m.votingOpensAt ?? '', closesAt: m.votingClosesAt ?? '' },
    motions: motions.map((x) => ({ motionId: x.motionId, matterType: x.matterType })),
    publicRoll: roll.subjects.map((s) => ({ ref: refs[s.subjectId] ?? s.subjectId, kind: s.kind, area: s.area })),
    deliveredRefs: followMajority ? deliveries.flatMap((d) => refs[d.subjectId] ?? []).sort() : null,
    headHash: ballotLog.headHash,
    names: Object.fromEntries(
      roll.subjects.map((s) => {
        const name = nameOf.get(s.subjectId) ?? '业主'
        return [refs[s.subjectId] ?? s.subjectId, named ? name : maskName(name)]
      }),
    ),
    results: results.map(({ title: _title, ...r }) => r),
    roll,
    refs,
  }
}

export function publicHeader(h: MeetingExportHeader): BallotListHeader {
  const { roll: _roll, refs: _refs, ...header } = h
  return header
}

/** The whole export in one piece, for checks the API runs itself (a receipt against the sealed list). */
export async function buildExport(deps: Deps, m: MeetingRecord): Promise<MeetingExport> {
  const [header, entries] = await Promise.all([buildHeader(deps, m), readBallotLog(deps.db, m.compoundId, m.meetingId)])
  return { ...header, entries }
}

/** One page of the list: the header only on the first (no cursor), then entries after the cursor's seq. */
export async function listPage<H>(
  deps: Deps,
  m: MeetingRecord,
  query: { cursor?: string; limit?: string },
  header: () => Promise<H>,
) {
  sealedLog(m)
  const limit = Math.min(LIST_PAGE_MAX, Math.max(1, query.limit ? Number(query.limit) : LIST_PAGE_DEFAULT))
  const after = query.cursor ? Number(query.cursor) : 0
  const [page, head] = await Promise.all([
    readBallotLogPage(deps.db, m.compoundId, m.meetingId, after, limit),
    query.cursor ? undefined : header(),
  ])
  return {
    meetingId: m.meetingId,
    ...(head ? { header: head } : {}),
    entries: page.entries,
    nextCursor: page.nextCursor,
  }
}
