import { compound } from '@jiayuan/contracts'
import {
  getCompound,
  getUsers,
  joinAsResident,
  recordPrivacyConsent,
  listGrids,
  listSettingsChanges,
  putGrid,
  readBuildings,
  readRoll,
  readUnits,
  sharedUnits,
  updateSettings,
} from '@jiayuan/db'
import { checkGridAssignment, checkSettings, describeSettingsChange, byZhNumeric } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

export const compoundRoutes = [
  route(compound.getCompound, async ({ params, deps }) => getCompound(deps.db, params.compoundId)),

  route(compound.updateSettings, async (ctx) => {
    checkSettings(ctx.body.settings)
    return updateSettings(ctx.deps.db, ctx.params.compoundId, ctx.body.settings, {
      userId: mustCaller(ctx).userId,
      reason: ctx.body.reason,
      at: ctx.now.toISOString(),
    })
  }),

  route(compound.settingsHistory, async ({ params, deps }) => {
    const stored = await listSettingsChanges(deps.db, params.compoundId)
    const users = await getUsers(deps.db, [...new Set(stored.map((c) => c.actorId))])
    return {
      changes: stored.map((c) => ({
        changeId: c.changeId,
        at: c.at,
        actorId: c.actorId,
        actorName: users.get(c.actorId)?.displayName ?? '（已注销）',
        reason: c.reason,
        changes: describeSettingsChange(c.before, c.after),
      })),
    }
  }),

  // DOMAIN W3: the guide's version agreed to is recorded before the person becomes a member.
  route(compound.joinCompound, async (ctx) => {
    const c = await getCompound(ctx.deps.db, ctx.params.compoundId)
    const userId = mustCaller(ctx).userId
    const at = ctx.now.toISOString()
    await recordPrivacyConsent(ctx.deps.db, userId, {
      version: ctx.body.privacyGuideVersion,
      compoundId: c.compoundId,
      at,
    })
    return joinAsResident(ctx.deps.db, userId, c.compoundId, c.name, at)
  }),

  route(compound.listBuildings, async ({ params, deps }) => {
    const [buildingList, unitList, grids] = await Promise.all([
      readBuildings(deps.db, params.compoundId),
      readUnits(deps.db, params.compoundId),
      listGrids(deps.db, params.compoundId),
    ])
    const buildings = buildingList.map((b) => {
      const units = unitList.filter((u) => u.buildingId === b.buildingId)
      const gridId = grids.find((g) => g.buildingIds.includes(b.buildingId))?.gridId
      return {
        ...b,
        ...(gridId ? { gridId } : {}),
        units: units.length,
        totalArea: units.reduce((sum, u) => sum + u.area, 0),
      }
    })
    return { buildings: buildings.sort((a, b) => byZhNumeric(a.name, b.name)) }
  }),

  route(compound.listUnits, async ({ params, query, deps }) => {
    // The units alone: owners and ownerships (two thirds of a roll) are never read for a picker. The pickers ask
    // again and again while a page is open, and the units change only on an import or an edit: this instance's
    // copy from the last few seconds (roll-cache.ts), forgotten when this instance writes the roll.
    const units = (await sharedUnits(deps.db, params.compoundId)).filter(
      (u) => !query.buildingId || u.buildingId === query.buildingId,
    )
    return { units: units.sort((a, b) => byZhNumeric(a.label, b.label)) }
  }),

  route(compound.listGrids, async ({ params, deps }) => ({ grids: await listGrids(deps.db, params.compoundId) })),

  route(compound.putGrid, async (ctx) => {
    const { compoundId } = ctx.params
    const [roll, grids] = await Promise.all([readRoll(ctx.deps.db, compoundId), listGrids(ctx.deps.db, compoundId)])
    const grid = { gridId: ctx.params.gridId, ...ctx.body }
    checkGridAssignment(grid, grids, roll.buildings)
    return putGrid(ctx.deps.db, compoundId, grid, grids, { userId: mustCaller(ctx).userId, at: ctx.now.toISOString() })
  }),
]
