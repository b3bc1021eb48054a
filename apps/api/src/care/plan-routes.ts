import { care, type CarePlan, type Role } from '@jiayuan/contracts'
import { getCarePlan, getMembership, getUnit, getUsers, getVolunteer, listGrids, saveCarePlan } from '@jiayuan/db'
import { Conflict, Forbidden, InvalidInput, NotFound, checkCareWindow } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'

const STAFF: readonly Role[] = ['property_staff', 'community_admin']

function refuse(field: string, message: string): InvalidInput {
  return new InvalidInput(`${field}: ${message}`, [{ field, message }])
}

export const planRoutes = [
  // H3: the elder sets their own plan; a carer they named, or staff, set it with a note of how the elder agreed.
  route(care.putCarePlan, async (ctx) => {
    const { userId } = mustCaller(ctx)
    const { compoundId, elderId } = ctx.params
    const body = ctx.body
    const { db } = ctx.deps
    const current = await getCarePlan(db, compoundId, elderId)
    const isElder = userId === elderId
    const isCarer = current?.carerIds.includes(userId) === true
    const isStaff = ctx.member.roles.some((r) => STAFF.includes(r))
    if (!isElder && !isCarer && !isStaff) throw new Forbidden('只有老人本人、老人指定的代办人或物业可以设置')
    if (!isElder && !body.consentNote) throw refuse('body.consentNote', '请写明老人如何同意（如：入户登记、电话确认）')
    if ((current?.version ?? 0) !== body.expectedVersion)
      throw new Conflict('CarePlanChanged', '约定刚被修改过，请刷新后再改')
    checkCareWindow(body)
    if (!(await getMembership(db, elderId, compoundId))) throw new NotFound('老人')
    const unit = await getUnit(db, compoundId, body.unitId)
    if (!unit) throw refuse('body.unitId', '小区里没有这套房屋')
    if (body.neighbourId === elderId) throw refuse('body.neighbourId', '结对邻居不能是老人本人')
    if (!(await getMembership(db, body.neighbourId, compoundId)))
      throw refuse('body.neighbourId', '结对邻居要是本小区的住户')
    // A neighbour chosen (or changed) in the app comes from the compound's volunteers (H1, H3); one recorded at
    // the home visit stays as it was.
    if (body.neighbourId !== current?.neighbourId && !(await getVolunteer(db, compoundId, body.neighbourId)))
      throw refuse('body.neighbourId', '结对邻居要从本小区的志愿者中选')
    for (const [i, id] of body.carerIds.entries())
      if (id === elderId) throw refuse(`body.carerIds.${i}`, '代办人不能是老人本人')
    const grid = (await listGrids(db, compoundId)).find((g) => g.buildingIds.includes(unit.buildingId))
    const people = await getUsers(db, [elderId, body.neighbourId, userId])
    const at = ctx.now.toISOString()
    const plan: CarePlan = {
      compoundId,
      elderId,
      elderName: people.get(elderId)?.displayName ?? '—',
      unitId: unit.unitId,
      unitLabel: unit.label,
      ...(grid ? { gridId: grid.gridId } : {}),
      windowStart: body.windowStart,
      windowEnd: body.windowEnd,
      neighbourId: body.neighbourId,
      neighbourName: people.get(body.neighbourId)?.displayName ?? '—',
      familyName: body.familyName,
      familyPhone: body.familyPhone,
      offsets: body.offsets,
      carerIds: [...new Set(body.carerIds)],
      consent: {
        byId: userId,
        byName: people.get(userId)?.displayName ?? '—',
        ...(body.consentNote ? { note: body.consentNote } : {}),
        at,
      },
      since: current?.since ?? at,
      version: body.expectedVersion + 1,
      updatedAt: at,
    }
    if (!(await saveCarePlan(db, plan, body.expectedVersion, userId)))
      throw new Conflict('CarePlanChanged', '约定刚被修改过，请刷新后再改')
    return plan
  }),
]
