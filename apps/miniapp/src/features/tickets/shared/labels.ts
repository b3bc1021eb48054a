import type {
  EscalationTarget,
  Priority,
  TicketActorRole,
  TicketEventType,
  TicketStatus,
  TriageBucket,
} from '@jiayuan/contracts'
import type { Tone } from '../../../components/status-tag'

export const STATUS: Record<TicketStatus, { text: string; tone: Tone }> = {
  submitted: { text: '待认领', tone: 'wait' },
  accepted: { text: '已受理', tone: 'wait' },
  contacted: { text: '已联系', tone: 'wait' },
  on_site: { text: '已到场', tone: 'wait' },
  waiting_on_resident: { text: '等住户', tone: 'plain' },
  resolved: { text: '待确认', tone: 'ok' },
  confirmed: { text: '已确认', tone: 'ok' },
  closed: { text: '已办结', tone: 'ok' },
  handed_back: { text: '退回待派', tone: 'wait' },
  escalated: { text: '已上报', tone: 'bad' },
  reopened: { text: '重新打开', tone: 'bad' },
}

export const PRIORITY: Record<Priority, string> = {
  life_safety: '生命安全',
  urgent: '紧急',
  normal: '一般',
  complaint: '投诉',
}

/** 四事分流 (DOMAIN T4). */
export const TRIAGE: Record<TriageBucket, string> = {
  resident: '自家事·自己办',
  property: '物业事·物业办',
  community: '社区事·社区办',
  joint: '大家事·商量办',
}

export const ESCALATE_TO: Record<EscalationTarget, string> = {
  community: '社区',
  street: '街道',
  hotline_12345: '12345 热线',
}

export const ACTOR: Record<TicketActorRole, string> = {
  requester: '报修人',
  grid_worker: '网格员',
  property_staff: '物业',
  system: '系统',
  community_admin: '社区',
  street_staff: '街道',
  department: '部门',
}

export const EVENT: Record<TicketEventType, string> = {
  submit: '提交报修',
  triage: '分类定级',
  dispatch: '派单',
  reassign: '改派',
  claim: '认领',
  contact: '已联系报修人',
  arrive: '到达现场',
  add_after_photos: '上传处理后照片',
  resolve: '处理完成',
  hand_back: '退回',
  escalate: '上报',
  wait_on_resident: '等待住户',
  resume: '继续处理',
  confirm: '确认已解决',
  record_return_call: '电话回访',
  rate: '评价',
  reopen: '重新打开',
  close: '办结',
  timeout_close: '超时自动办结',
  overdue: '超过时限',
  to_dispatch: '转派单台',
  amend: '补充处理说明',
  escalation_sign: '已签收',
  escalation_answer: '答复',
  escalation_solve: '办结',
  escalation_return: '退回物业',
  escalation_case_number: '登记12345工单号',
  escalation_overdue: '上报件超时',
  whistle: '吹哨报到',
  whistle_sign: '部门已签收',
  whistle_answer: '部门答复',
  whistle_solve: '部门办结',
  whistle_return: '部门退回',
}
