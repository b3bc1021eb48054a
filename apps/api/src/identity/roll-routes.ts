import { createHash } from 'node:crypto'
import { compound, decodeCursor, encodeCursor } from '@jiayuan/contracts'
import { applyRollDiff, diffRoll, getUnit, readRollPage, updateUnit } from '@jiayuan/db'
import { InvalidInput, NotFound, editUnit, maskPhone, validateRollCsv, validateRollTable } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { readRollFile } from './roll-file/read-roll-file'
import { rollTemplate } from './roll-file/roll-template'

/** The file's rows checked, and the bytes its hash is taken of (the import record, ID6). */
async function checkRequest(body: { csv?: string | undefined; file?: { name: string; contentBase64: string } }) {
  if (body.file) {
    const { rows, bytes } = await readRollFile(body.file)
    return { check: validateRollTable(rows), bytes }
  }
  const csv = body.csv ?? ''
  return { check: validateRollCsv(csv), bytes: Buffer.from(csv, 'utf8') }
}

export const rollRoutes = [
  route(compound.getRoll, async ({ params, query, deps }) => {
    const afterSk = query.cursor === undefined ? undefined : decodeCursor(query.cursor)
    const page = await readRollPage(deps.db, params.compoundId, { afterSk, limit: query.limit })
    const { roll } = page
    // The committee sees owners for votes and disclosure only (DOMAIN P2): phones stay masked here.
    return {
      ...roll,
      owners: roll.owners.map((o) => (o.phone ? { ...o, phone: maskPhone(o.phone) } : o)),
      nextCursor: page.more && page.lastSk ? encodeCursor(page.lastSk) : null,
    }
  }),

  route(compound.importRoll, async (ctx) => {
    const { check, bytes } = await checkRequest(ctx.body)
    if (check.errors.length > 0) {
      const first = check.errors[0]
      throw new InvalidInput(
        `花名册有 ${check.errors.length} 处错误，未导入任何数据（第 ${first?.row} 行：${first?.message}）`,
        check.errors,
      )
    }
    const fileHash = createHash('sha256').update(bytes).digest('hex')
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

  route(compound.rollTemplate, async () => ({ filename: '花名册模板.xlsx', bytes: await rollTemplate() })),

  route(compound.updateUnit, async (ctx) => {
    const { compoundId, unitId } = ctx.params
    const before = await getUnit(ctx.deps.db, compoundId, unitId)
    if (!before) throw new NotFound('房屋')
    const { reason, ...change } = ctx.body
    const after = editUnit(before, change)
    return updateUnit(ctx.deps.db, compoundId, before, after, {
      userId: mustCaller(ctx).userId,
      reason,
      at: ctx.now.toISOString(),
    })
  }),
]
