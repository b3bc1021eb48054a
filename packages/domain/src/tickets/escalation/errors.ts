import type { EscalationActionType, EscalationState } from '@jiayuan/contracts'
import { DomainError } from '../../errors'

/** 409: the ticket is not with a receiver now (never escalated, or already back with the property). */
export class NotEscalated extends DomainError {
  constructor() {
    super('conflict', 'NotEscalated', '该工单当前不在上报处理中')
  }
}

/** 409: this step was already taken or is not the next one (a second admin signing loses here). */
export class EscalationStepTaken extends DomainError {
  constructor(
    readonly action: EscalationActionType,
    readonly state: EscalationState,
  ) {
    const message = state === 'signed' && action === 'sign' ? '已被他人签收' : '上报件当前状态不能执行此操作'
    super('conflict', 'EscalationStepTaken', message, { action, state })
  }
}

/** 403: only the receiver acts on its case; staff only record the 12345 case number. */
export class NotTheReceiver extends DomainError {
  constructor(readonly action: EscalationActionType) {
    super('forbidden', 'NotTheReceiver', '只有接收单位可以处理该上报件', { action })
  }
}

/** 422: a 12345 case number belongs only to a ticket escalated to 12345. */
export class NotAHotlineCase extends DomainError {
  constructor() {
    super('rule', 'NotAHotlineCase', '只有上报12345的工单才能登记12345工单号', [
      { field: 'body.caseNumber', message: '只有上报12345的工单才能登记12345工单号' },
    ])
  }
}

/** 409: a department already holds this ticket (a second whistle at once loses here); after a return it may be whistled again. */
export class AlreadyWhistled extends DomainError {
  constructor(readonly departmentName: string) {
    super('conflict', 'AlreadyWhistled', `该工单已吹哨至${departmentName}，等对方办结或退回后才能再吹哨`)
  }
}

/** 409: only an escalated ticket still open with the community or street can be whistled to a department. */
export class NotWhistleable extends DomainError {
  constructor() {
    super('conflict', 'NotWhistleable', '只有上报到社区或街道、尚未办结的工单才能吹哨')
  }
}
