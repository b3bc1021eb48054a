import { z } from 'zod'
import { CompoundParams, Id, IdempotencyKey, IsoTime } from './common'
import { placeScope } from './place-scope'

/**
 * Free-form announcements (公告: 停水, 停电, 消杀 …) by property staff or the committee to the whole compound, one
 * building or one entrance (DOMAIN T9, W4). Called bulletins in code so they never read as the compound-wide
 * announcements of meetings and reports (inbox.ts) that carry them into each person's inbox.
 */

/** What the notice is about: the common interruptions, and 其他 for anything else. */
export const BulletinKind = z.enum(['water', 'power', 'gas', 'disinfection', 'construction', 'elevator', 'other'], {
  errorMap: () => ({ message: '请选择公告类别' }),
})
export type BulletinKind = z.infer<typeof BulletinKind>

export const BULLETIN_KIND_LABEL: Record<BulletinKind, string> = {
  water: '停水',
  power: '停电',
  gas: '停气',
  disinfection: '消杀',
  construction: '施工',
  elevator: '电梯停运',
  other: '其他',
}

export const BULLETIN_TITLE_MAX = 30
export const BULLETIN_BODY_MAX = 500

/** Who it is for: everyone, the units of one building, or of one entrance (单元) of a building. */
export const BulletinScope = placeScope('发布范围')
export type BulletinScope = z.infer<typeof BulletinScope>

const Time = (what: string) =>
  z.string({ required_error: `请选择${what}` }).datetime({ offset: true, message: `${what}格式不对` })

/**
 * What staff or a committee member sends. `startsAt` is when the interruption begins (absent: now); the notice
 * stays on home pages until `endsAt`. Whether the end is still ahead is the domain's check (it needs the clock).
 */
export const PostBulletinRequest = z
  .object({
    kind: BulletinKind,
    title: z
      .string({ required_error: '请填写标题' })
      .trim()
      .min(1, '请填写标题')
      .max(BULLETIN_TITLE_MAX, `标题不超过 ${BULLETIN_TITLE_MAX} 个字`),
    body: z
      .string({ required_error: '请填写正文' })
      .trim()
      .min(1, '请填写正文')
      .max(BULLETIN_BODY_MAX, `正文不超过 ${BULLETIN_BODY_MAX} 个字`),
    scope: BulletinScope,
    startsAt: Time('开始时间').optional(),
    endsAt: Time('结束时间'),
    idempotencyKey: IdempotencyKey,
  })
  .superRefine((b, ctx) => {
    if (b.startsAt !== undefined && Date.parse(b.endsAt) <= Date.parse(b.startsAt))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endsAt'], message: '结束时间须晚于开始时间' })
  })
export type PostBulletinRequest = z.infer<typeof PostBulletinRequest>

/** Where a notice stands now: not begun (already shown), running, past its end, or withdrawn (撤回). */
export const BulletinState = z.enum(['upcoming', 'current', 'ended', 'withdrawn'])
export type BulletinState = z.infer<typeof BulletinState>

/** The roles a notice is posted as, shown to residents as 物业 or 业委会. */
export const BulletinAuthorRole = z.enum(['property_staff', 'committee_member'])
export type BulletinAuthorRole = z.infer<typeof BulletinAuthorRole>

export const BulletinView = z.object({
  bulletinId: Id,
  compoundId: Id,
  kind: BulletinKind,
  title: z.string(),
  body: z.string(),
  scope: BulletinScope,
  /** `全小区`, `2号楼`, `2号楼 1单元`: the names as they were when it was posted. */
  scopeText: z.string(),
  startsAt: IsoTime,
  endsAt: IsoTime,
  postedAt: IsoTime,
  author: z.object({ name: z.string(), role: BulletinAuthorRole }),
  state: BulletinState,
  withdrawnAt: IsoTime.optional(),
  /** Whether the caller may withdraw it (its author, or property staff) while it still shows. */
  canWithdraw: z.boolean(),
  /** The caller has opened it (home and detail; absent where it is not the caller's to read). */
  read: z.boolean().optional(),
  /**
   * 已读 N / 应读 M, for those who may see the list of notices (staff, committee): `expected` is how many
   * inboxes it reached, `read` how many of those people opened it, each once.
   */
  counts: z
    .object({ read: z.number().int().nonnegative().safe(), expected: z.number().int().nonnegative().safe() })
    .optional(),
})
export type BulletinView = z.infer<typeof BulletinView>

export const BulletinParams = CompoundParams.extend({ bulletinId: Id })

export const BulletinListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `next` of the previous page. */
  before: z.string().min(1).max(100).optional(),
})

export const BulletinList = z.object({
  bulletins: z.array(BulletinView),
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next: z.string().optional(),
})

/** The notices that concern the caller and have not ended: the cards at the top of the home page. */
export const CurrentBulletins = z.object({ bulletins: z.array(BulletinView) })

/** The places a notice can be for, from the roll: each building with its entrances (empty: none told apart). */
export const BulletinScopes = z.object({
  buildings: z.array(z.object({ buildingId: Id, name: z.string(), entrances: z.array(z.string()) })),
})
export type BulletinScopes = z.infer<typeof BulletinScopes>
