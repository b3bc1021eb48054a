import {
  ItemMissing,
  PostingRejected,
  StoreUnavailable,
  WriteRefused,
  type MissingItem,
  type Refusal,
} from '@jiayuan/db'
import { Conflict, NotFound, Unavailable, WorkerCapReached, proxyCapReached, type DomainError } from '@jiayuan/domain'

const MISSING: Record<MissingItem, string> = {
  compound: '小区',
  user: '用户',
  member: '成员',
  ticket: '工单',
  report: '月报',
  message: '消息',
  binding: '认证申请',
  bulletin: '公告',
  community: '社区',
  invite: '邀请码',
}

type Details = Readonly<Record<string, string | number>>

/** What each refused write means to the person who asked (409 a race or a state, 422 a rule's limit). */
const REFUSED: Record<Refusal, (d: Details) => DomainError> = {
  BindingPending: () => new Conflict('BindingPending', '这套房屋已有一条待审核的认证申请'),
  HouseholdAlreadyRated: () =>
    new Conflict('HouseholdAlreadyRated', '您家本季度已有家人评价过物业服务，每户每季度只能评价一次'),
  BindingAlreadyDecided: () => new Conflict('BindingAlreadyDecided', '这条申请已经处理过了'),
  BindingNotApplicable: () => new Conflict('BindingNotApplicable', '申请人已不在本小区，或所选业主不在该房屋名下'),
  BallotVersionTaken: () => new Conflict('BallotVersionTaken', '同一时间有另一张选票写入，请重试'),
  ProxyAlreadyRegistered: (d) =>
    new Conflict('ProxyAlreadyRegistered', '这位业主已经登记了代理人', { holderUserId: d.holderUserId }),
  ProxyCapReached: (d) => proxyCapReached(Number(d.cap)),
  ProxyRegistrationRace: () => new Conflict('ProxyRegistrationRace', '同一时间有另一份委托正在登记，请重试'),
  DeliveryRecordedMeanwhile: () => new Conflict('DeliveryRecordedMeanwhile', '有送达记录刚被其他人登记，请刷新后再试'),
  MeetingExists: () => new Conflict('MeetingExists', '会议已存在'),
  MeetingChanged: () => new Conflict('MeetingChanged', '会议刚被其他人修改过，请刷新后再试'),
  ReportPublished: () => new Conflict('ReportPublished', '该版本已发布，不能修改；请起草更正版本'),
  ReportVersionTaken: () => new Conflict('ReportVersionTaken', '该版本正在起草，请刷新后重试'),
  DisclosureChanged: () => new Conflict('DisclosureChanged', '公示内容已被他人更新，请刷新后再改'),
  TicketIdTaken: () => new Conflict('TicketIdTaken', '请求已处理过，请刷新后重试'),
  TicketBusy: () => new Conflict('TicketBusy', '工单正在被他人处理，请稍后重试'),
  WorkerCapReached: (d) => new WorkerCapReached(Number(d.openCount), Number(d.cap)),
  BulletinWithdrawn: () => new Conflict('BulletinWithdrawn', '这条公告已经撤回了'),
  InviteTaken: () => new Conflict('InviteUsed', '这个邀请码刚被别人使用了，请向社区管理员要一个新的'),
  MemberChanged: () => new Conflict('MemberChanged', '这位成员的角色刚被其他人修改过，请刷新后再试'),
  UnitChanged: () => new Conflict('UnitChanged', '这套房屋刚被其他人修改过，请刷新后再改'),
  GridChanged: () => new Conflict('GridChanged', '网格刚被其他人修改过，请刷新后再改'),
}

/**
 * Outcomes packages/db reports in its own terms (packages/db/src/outcomes.ts) that no use-case turned into a
 * rule's error on the way: a missing item (404), a refused write (its rule's error), the store busy or
 * failing (503 with a retry hint), a write that had to hold with a ledger entry (409).
 */
export function fromStore(err: unknown): unknown {
  if (err instanceof ItemMissing) return new NotFound(MISSING[err.item])
  if (err instanceof WriteRefused) return REFUSED[err.refusal](err.details)
  if (err instanceof StoreUnavailable) {
    const message = err.code === 'LedgerBusy' ? '账本正忙，请过几秒再试' : '账本暂时无法记账，请过几秒再试'
    return new Unavailable(err.code, message, err.retryAfterSeconds)
  }
  if (err instanceof PostingRejected) return new Conflict('LedgerWriteConflict', '账目已被他人改动，请刷新后重试')
  return err
}
