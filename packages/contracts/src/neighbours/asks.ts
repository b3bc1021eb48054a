import { z } from 'zod'
import { Id, IdempotencyKey, IsoTime, Version } from '../common'

/** What a resident may ask for (微服务, DOMAIN H2). */
export const AskKind = z.enum(['errand', 'repair', 'company'])
export type AskKind = z.infer<typeof AskKind>

export const ASK_KIND_LABEL: Record<AskKind, string> = {
  errand: '代买代办',
  repair: '小修小补',
  company: '陪同就医',
}

export const AskStatus = z.enum(['open', 'claimed', 'done', 'confirmed', 'cancelled'])
export type AskStatus = z.infer<typeof AskStatus>

export const ASK_STATUS_LABEL: Record<AskStatus, string> = {
  open: '等待认领',
  claimed: '已认领',
  done: '已完成，待确认',
  confirmed: '已确认',
  cancelled: '已取消',
}

export const Ask = z.object({
  askId: Id,
  compoundId: Id,
  kind: AskKind,
  description: z.string(),
  when: z.string(),
  status: AskStatus,
  /** Masked (`李*`) for anyone but the requester, the claimer and the organisers (P1). */
  requesterName: z.string(),
  requesterId: Id.optional(),
  claimerId: Id.optional(),
  claimerName: z.string().optional(),
  createdAt: IsoTime,
  claimedAt: IsoTime.optional(),
  doneAt: IsoTime.optional(),
  doneNote: z.string().optional(),
  confirmedAt: IsoTime.optional(),
  rating: z.number().int().min(1).max(5).optional(),
  ratingNote: z.string().optional(),
  /** The requester called it off while open or claimed, with a reason (the claimer is told). */
  cancelledAt: IsoTime.optional(),
  cancelReason: z.string().optional(),
  /** Hours the organiser recorded, once per ask (H1). */
  minutes: z
    .number()
    .int()
    .positive()
    .max(12 * 60)
    .optional(),
  version: Version,
  /** What the caller may do next, derived on the server from the same rules that check the action. */
  mine: z.object({ requester: z.boolean(), claimer: z.boolean() }),
})
export type Ask = z.infer<typeof Ask>

export const AskParams = z.object({ compoundId: Id, askId: Id })

export const PostAskRequest = z.object({
  kind: AskKind,
  description: z.string().trim().min(4, '请写清需要什么帮助（至少 4 个字）').max(300, '描述不能超过 300 字'),
  when: z.string().trim().min(1, '请写明希望什么时候').max(40, '时间不能超过 40 字'),
  idempotencyKey: IdempotencyKey,
})
export type PostAskRequest = z.infer<typeof PostAskRequest>

export const MarkDoneRequest = z.object({
  note: z.string().trim().max(200, '说明不能超过 200 字').optional(),
})

export const ConfirmAskRequest = z.object({
  rating: z.number().int().min(1, '评分是 1–5 分').max(5, '评分是 1–5 分'),
  note: z.string().trim().max(200, '评价不能超过 200 字').optional(),
})
export type ConfirmAskRequest = z.infer<typeof ConfirmAskRequest>

export const CancelAskRequest = z.object({
  reason: z.string().trim().min(2, '请写明取消的原因（至少 2 个字）').max(200, '原因不能超过 200 字'),
})
export type CancelAskRequest = z.infer<typeof CancelAskRequest>

export const RecordHoursRequest = z.object({
  minutes: z
    .number()
    .int('时长按分钟计')
    .min(15, '时长至少 15 分钟')
    .max(12 * 60, '一次服务的时长不能超过 12 小时'),
})
export type RecordHoursRequest = z.infer<typeof RecordHoursRequest>

export const AskList = z.object({ asks: z.array(Ask) })
