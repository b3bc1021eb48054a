import { assembly, type Roll, type SubjectMatch, type VotingRoll } from '@jiayuan/contracts'
import { listDeliveries, readRoll, readRollSnapshot, type MeetingRecord } from '@jiayuan/db'
import { buildVotingRoll, maskName, matchesSubject, byZhNumeric } from '@jiayuan/domain'
import type { Deps } from '../deps'
import { route } from '../http/route'
import { loadMeeting } from './load'

const PAGE_DEFAULT = 20

/** The roll frozen at opening once voting is open (V5); before that, the roll as it stands (proxies, deliveries). */
export async function votingRoll(
  deps: Deps,
  m: MeetingRecord,
  roll: Roll,
): Promise<{ frozen: boolean; subjects: VotingRoll['subjects'] }> {
  if (m.rollHash)
    return {
      frozen: true,
      subjects: (await readRollSnapshot(deps.db, m.compoundId, m.meetingId, m.rollHash)).roll.subjects,
    }
  const built = buildVotingRoll(roll.units, roll.owners, roll.ownerships, {
    parkingAreaCounts: m.rules?.parkingAreaCounts ?? false,
  })
  return { frozen: false, subjects: built.subjects }
}

/** Labels and names for display; a name is masked (DOMAIN P1: the committee sees owner data only to run the vote). */
export function describe(roll: Roll) {
  const label = new Map(roll.units.map((u) => [u.unitId, u.label]))
  const name = new Map(roll.owners.map((o) => [o.ownerId, o.name]))
  return (s: VotingRoll['subjects'][number]) => ({
    subjectId: s.subjectId,
    kind: s.kind,
    name: name.get(s.subjectId) ?? (s.kind === 'developer' ? '开发商' : '业主'),
    unitLabels: s.units.map((u) => label.get(u.unitId) ?? u.unitId).sort(),
    area: s.area,
  })
}

const toMatch = ({ name, ...rest }: ReturnType<ReturnType<typeof describe>>): SubjectMatch => ({
  ...rest,
  maskedName: maskName(name),
})

export const subjectRoutes = [
  route(assembly.lookupSubjects, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const roll = await readRoll(ctx.deps.db, m.compoundId)
    const { frozen, subjects } = await votingRoll(ctx.deps, m, roll)
    const q = ctx.query.q ?? ''
    const found = subjects
      .map(describe(roll))
      .filter((s) => matchesSubject(q, s))
      .sort(
        (a, b) => byZhNumeric(a.unitLabels[0] ?? '', b.unitLabels[0] ?? '') || a.subjectId.localeCompare(b.subjectId),
      )
    const from = ctx.query.cursor ? Number(ctx.query.cursor) : 0
    const limit = ctx.query.limit ? Number(ctx.query.limit) : PAGE_DEFAULT
    const page = found.slice(from, from + limit)
    return {
      frozen,
      subjects: page.map(toMatch),
      nextCursor: from + limit < found.length ? String(from + limit) : null,
    }
  }),

  route(assembly.listDeliveries, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const [deliveries, roll] = await Promise.all([
      listDeliveries(ctx.deps.db, m.compoundId, m.meetingId),
      readRoll(ctx.deps.db, m.compoundId),
    ])
    const { subjects } = await votingRoll(ctx.deps, m, roll)
    const bySubject = new Map(subjects.map((s) => [s.subjectId, describe(roll)(s)]))
    return {
      followMajority: m.rules?.followMajority.enabled === true,
      deliveries: deliveries
        .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))
        .map((d) => {
          const s = bySubject.get(d.subjectId)
          return { ...d, maskedName: maskName(s?.name ?? '业主'), unitLabels: s?.unitLabels ?? [] }
        }),
    }
  }),
]
