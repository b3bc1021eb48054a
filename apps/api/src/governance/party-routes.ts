import { governance, type ThreeParties } from '@jiayuan/contracts'
import {
  appendPartyVersion,
  getCompound,
  getUser,
  getUsers,
  listCommitteeRecords,
  listPartyVersions,
  listStaff,
  type Db,
  type PartyRecordKind,
} from '@jiayuan/db'
import { Conflict } from '@jiayuan/domain'
import { mustCaller, route, type RouteContext } from '../http/route'

/** The three parties as on record (G1): the branch and company from their kept versions, the committee from its roles. */
async function threeParties(db: Db, compoundId: string): Promise<ThreeParties> {
  const [versions, records, members, compound] = await Promise.all([
    listPartyVersions(db, compoundId),
    listCommitteeRecords(db, compoundId),
    listStaff(db, compoundId),
    getCompound(db, compoundId),
  ])
  const committee = members.filter((m) => m.roles.includes('committee_member'))
  const names = await getUsers(db, [...committee.map((m) => m.userId), ...records.flatMap((r) => r.userIds)])
  const nameOf = (id: string) => names.get(id)?.displayName ?? '—'
  return {
    partyBranch: { current: versions.branch[0] ?? null, history: versions.branch },
    committee: {
      members: committee.map((m) => ({
        userId: m.userId,
        displayName: nameOf(m.userId),
        ...(m.committee
          ? { termStart: m.committee.termStart, termEnd: m.committee.termEnd, source: m.committee.source }
          : {}),
      })),
      records: records
        .map((r) => ({
          kind: r.kind,
          title: r.kind === 'election' ? `选举结果：${r.title ?? ''}` : '街道备案',
          termStart: r.termStart,
          termEnd: r.termEnd,
          at: r.at,
          memberNames: r.userIds.map(nameOf),
        }))
        .sort((a, b) => b.at.localeCompare(a.at)),
    },
    company: {
      current: versions.company[0] ?? null,
      history: versions.company,
      feeModel: compound.settings.feeModel,
    },
  }
}

/** The next version on the one read; a stale editor is told to reload rather than overwrite (history kept). */
function nextVersion(expected: number, latest: number | undefined): number {
  if (expected !== (latest ?? 0)) throw new Conflict('PartyRecordChanged', '记录已被他人修改，请刷新后再改')
  return expected + 1
}

type SaveContext = RouteContext<typeof governance.savePartyBranch> | RouteContext<typeof governance.saveCompany>

/** Appends the next version of the branch or the company, on the version the editor read. */
async function saveVersion(ctx: SaveContext, kind: PartyRecordKind): Promise<ThreeParties> {
  const { compoundId } = ctx.params
  const { userId } = mustCaller(ctx)
  const versions = await listPartyVersions(ctx.deps.db, compoundId)
  const latest = (kind === 'BRANCH' ? versions.branch : versions.company)[0]?.version
  const version = nextVersion(ctx.body.expectedVersion, latest)
  const byName = (await getUser(ctx.deps.db, userId))?.displayName ?? '社区'
  const entry = { version, at: ctx.now.toISOString(), byName, reason: ctx.body.reason }
  const saved = await appendPartyVersion(ctx.deps.db, compoundId, kind, { ...entry, record: ctx.body.record }, userId)
  if (!saved) throw new Conflict('PartyRecordChanged', '记录已被他人修改，请刷新后再改')
  return threeParties(ctx.deps.db, compoundId)
}

export const partyRoutes = [
  route(governance.threeParties, async ({ params, deps }) => threeParties(deps.db, params.compoundId)),

  route(governance.savePartyBranch, async (ctx) => saveVersion(ctx, 'BRANCH')),
  route(governance.saveCompany, async (ctx) => saveVersion(ctx, 'COMPANY')),
]
