import { compound } from '@jiayuan/contracts'
import { getCompound, joinAsResident, listGrids, putGrid, readRoll, updateSettings } from '@jiayuan/db'
import { RuleViolation } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

export const compoundRoutes = [
  route(compound.getCompound, async ({ params, deps }) => getCompound(deps.db, params.compoundId)),

  route(compound.updateSettings, async (ctx) =>
    updateSettings(ctx.deps.db, ctx.params.compoundId, ctx.body.settings, {
      userId: mustCaller(ctx).userId,
      reason: ctx.body.reason,
      at: ctx.now.toISOString(),
    }),
  ),

  route(compound.joinCompound, async (ctx) => {
    const c = await getCompound(ctx.deps.db, ctx.params.compoundId)
    return joinAsResident(ctx.deps.db, mustCaller(ctx).userId, c.compoundId, c.name, ctx.now.toISOString())
  }),

  route(compound.listBuildings, async ({ params, deps }) => {
    const [roll, grids] = await Promise.all([
      readRoll(deps.db, params.compoundId),
      listGrids(deps.db, params.compoundId),
    ])
    const buildings = roll.buildings.map((b) => {
      const units = roll.units.filter((u) => u.buildingId === b.buildingId)
      const gridId = grids.find((g) => g.buildingIds.includes(b.buildingId))?.gridId
      return {
        ...b,
        ...(gridId ? { gridId } : {}),
        units: units.length,
        totalArea: units.reduce((sum, u) => sum + u.area, 0),
      }
    })
    return { buildings: buildings.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true })) }
  }),

  route(compound.listUnits, async ({ params, query, deps }) => {
    const roll = await readRoll(deps.db, params.compoundId)
    const units = roll.units.filter((u) => !query.buildingId || u.buildingId === query.buildingId)
    return { units: units.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN', { numeric: true })) }
  }),

  route(compound.listGrids, async ({ params, deps }) => ({ grids: await listGrids(deps.db, params.compoundId) })),

  route(compound.putGrid, async (ctx) => {
    const roll = await readRoll(ctx.deps.db, ctx.params.compoundId)
    const unknown = ctx.body.buildingIds.filter((id) => !roll.buildings.some((b) => b.buildingId === id))
    if (unknown.length)
      throw new RuleViolation('UnknownBuilding', `楼栋不存在：${unknown.join(', ')}`, { field: 'body.buildingIds' })
    const grid = { gridId: ctx.params.gridId, ...ctx.body }
    return putGrid(ctx.deps.db, ctx.params.compoundId, grid, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    })
  }),
]
