import { z } from 'zod'

/** A building id as the scope picker sends it; a missing one is a choice not made. */
const BuildingChoice = z
  .string({ required_error: '请选择楼栋' })
  .min(1, '请选择楼栋')
  .max(64, '楼栋编号不对')
  .regex(/^[A-Za-z0-9_-]+$/, '楼栋编号不对')

/**
 * A part of the compound picked from the roll: all of it, one building, or one entrance (单元) of a building.
 * Notices (bulletins.ts) and scoped votes (DOMAIN V14, assembly/meetings.ts) share it; `what` names the choice
 * in the message a person sees when it is missing (发布范围, 表决范围).
 */
export function placeScope(what: string) {
  return z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('compound') }),
      z.object({ kind: z.literal('building'), buildingId: BuildingChoice }),
      z.object({
        kind: z.literal('entrance'),
        buildingId: BuildingChoice,
        entrance: z.string({ required_error: '请选择单元' }).trim().min(1, '请选择单元').max(10, '单元不对'),
      }),
    ],
    {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_union_discriminator' || issue.code === 'invalid_type'
          ? { message: `请选择${what}` }
          : { message: ctx.defaultError },
    },
  )
}
export type PlaceScope = z.infer<ReturnType<typeof placeScope>>
