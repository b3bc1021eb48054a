import type { TicketActionType, TicketActorRole, TicketStatus } from '@jiayuan/contracts'
import { DomainError } from '../errors'

/** 409: the ticket is not in a state where this action applies (or someone else got there first). */
export class InvalidTransition extends DomainError {
  constructor(
    readonly from: TicketStatus,
    readonly to: TicketStatus,
    readonly action: TicketActionType,
    code = 'InvalidTransition',
    message = `工单当前状态不能执行此操作`,
  ) {
    super('conflict', code, message, { from, to, action })
  }
}

/** 409: a second worker tried to claim; exactly one claimer wins (DOMAIN T3). */
export class TicketAlreadyClaimed extends InvalidTransition {
  constructor(from: TicketStatus) {
    super(from, 'accepted', 'claim', 'TicketAlreadyClaimed', '工单已被他人认领')
  }
}

/** 400: hand-back, reassignment, escalation, waiting and reopening all carry a reason (DOMAIN T1, T3, T4, T5). */
export class ReasonRequired extends DomainError {
  constructor(readonly action: TicketActionType) {
    super('invalid', 'ReasonRequired', '请填写原因', [{ field: 'reason', message: '请填写原因' }])
  }
}

/** 403: the actor's role (or grid, or being the requester) does not allow this action on this ticket. */
export class NotAllowed extends DomainError {
  constructor(
    readonly action: TicketActionType,
    readonly actorRole: TicketActorRole,
  ) {
    super('forbidden', 'NotAllowed', '无权对该工单执行此操作', { action, actorRole })
  }
}

/** 422: the requester may reopen only within the compound's window (DOMAIN T5). */
export class ReopenWindowClosed extends DomainError {
  constructor(readonly windowDays: number) {
    super('rule', 'ReopenWindowClosed', `已超过 ${windowDays} 天的重新打开期限`, { windowDays })
  }
}

/** 422: a worker already holds as many open tickets as the compound allows (DOMAIN T3). */
export class WorkerCapReached extends DomainError {
  constructor(
    readonly openCount: number,
    readonly cap: number,
  ) {
    super('rule', 'WorkerCapReached', `手上未办结工单已达上限 ${cap} 件`, { openCount, cap })
  }
}

/** 422: the silent close may only happen once the requester had the whole confirmation period (DOMAIN T5). */
export class TimeoutNotReached extends DomainError {
  constructor(readonly dueAt: string) {
    super('rule', 'TimeoutNotReached', '尚未到自动关闭时间', { dueAt })
  }
}

/** 422: after-photos are capped like the report's own photos. */
export class PhotoLimitReached extends DomainError {
  constructor(readonly max: number) {
    super('rule', 'PhotoLimitReached', `照片最多 ${max} 张`, { max })
  }
}

/** 409: a ticket is rated once per resolution; a reopen clears the rating (the event keeps the old one). */
export class AlreadyRated extends DomainError {
  constructor() {
    super('conflict', 'AlreadyRated', '已评价过')
  }
}

/**
 * 400: a fix declared without its proof (DOMAIN T10): the note, and an after-photo unless the category waives
 * it. Names every missing field, so the form can mark them all at once.
 */
export class ProofMissing extends DomainError {
  constructor(readonly missing: readonly { field: string; message: string }[]) {
    super('invalid', 'ProofMissing', missing.map((m) => `${m.field}: ${m.message}`).join('；'), missing)
  }
}
