import { createHash } from 'node:crypto'
import { compound } from '@jiayuan/contracts'
import { applyRollDiff, diffRoll, readRoll } from '@jiayuan/db'
import { InvalidInput, maskPhone, validateRollCsv } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

export const rollRoutes = [
  route(compound.getRoll, async ({ params, deps }) => {
    const roll = await readRoll(deps.db, params.compoundId)
    // The committee sees owners for votes and disclosure only (DOMAIN P2): phones stay masked here.
    return { ...roll, owners: roll.owners.map((o) => (o.phone ? { ...o, phone: maskPhone(o.phone) } : o)) }
  }),

  route(compound.importRoll, async (ctx) => {
    const check = validateRollCsv(ctx.body.csv)
    if (check.errors.length > 0) {
      const first = check.errors[0]
      throw new InvalidInput(
        `花名册有 ${check.errors.length} 处错误，未导入任何数据（第 ${first?.row} 行：${first?.message}）`,
        check.errors,
      )
    }
    const fileHash = createHash('sha256').update(ctx.body.csv).digest('hex')
    const diff = await diffRoll(ctx.deps.db, ctx.params.compoundId, check.roll)
    const dryRun = ctx.body.dryRun === true
    if (!dryRun) {
      await applyRollDiff(ctx.deps.db, ctx.params.compoundId, diff, {
        fileHash,
        actorId: mustCaller(ctx).userId,
        at: ctx.now.toISOString(),
        rows: check.rows,
      })
    }
    return {
      dryRun,
      fileHash,
      rows: check.rows,
      buildings: check.roll.buildings.length,
      units: check.roll.units.length,
      owners: check.roll.owners.length,
      created: diff.created,
      updated: diff.updated,
      unchanged: diff.unchanged,
    }
  }),
]
