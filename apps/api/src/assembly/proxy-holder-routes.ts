import { assembly, type ProxyHolderMatch } from '@jiayuan/contracts'
import { getUsers, listMembers, readRoll } from '@jiayuan/db'
import { maskName, matchesSubject, byZhNumeric } from '@jiayuan/domain'
import { route } from '../http/route'
import { loadMeeting } from './load'

const PAGE_DEFAULT = 20

export const proxyHolderRoutes = [
  /**
   * The people registerProxy accepts as holder: members of the compound (V6). Found by building/room number or
   * by the name in full, shown masked (P1: the committee sees owner data only to run the vote).
   */
  route(assembly.lookupProxyHolders, async (ctx) => {
    const m = await loadMeeting(ctx.deps, ctx.params, ctx.member.roles)
    const [members, roll] = await Promise.all([
      listMembers(ctx.deps.db, m.compoundId),
      readRoll(ctx.deps.db, m.compoundId),
    ])
    const users = await getUsers(
      ctx.deps.db,
      members.map((x) => x.userId),
    )
    const label = new Map(roll.units.map((u) => [u.unitId, u.label]))
    const q = ctx.query.q ?? ''
    const found = members
      .map((x) => ({
        userId: x.userId,
        name: users.get(x.userId)?.displayName ?? '用户',
        unitLabels: x.unitIds.map((id) => label.get(id) ?? id).sort(),
      }))
      .filter((h) => matchesSubject(q, h))
      .sort((a, b) => byZhNumeric(a.unitLabels[0] ?? '', b.unitLabels[0] ?? '') || a.userId.localeCompare(b.userId))
    const from = ctx.query.cursor ? Number(ctx.query.cursor) : 0
    const limit = ctx.query.limit ? Number(ctx.query.limit) : PAGE_DEFAULT
    const holders: ProxyHolderMatch[] = found
      .slice(from, from + limit)
      .map(({ name, ...h }) => ({ ...h, maskedName: maskName(name) }))
    return { holders, nextCursor: from + limit < found.length ? String(from + limit) : null }
  }),
]
