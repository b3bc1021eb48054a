import {
  CHANNEL_LABEL,
  CHOICE_LABEL,
  MATTER_TYPE_LABEL,
  type MatterType,
  type MeetingStatus,
  type ThresholdKind,
  type VoteChoice,
} from '@jiayuan/contracts'
import type { Tone } from '../../../components/status-tag'

export const STATUS: Record<MeetingStatus, { text: string; tone: Tone }> = {
  draft: { text: '草稿', tone: 'plain' },
  noticed: { text: '公告中', tone: 'wait' },
  open: { text: '投票中', tone: 'ok' },
  closed: { text: '已截止，待公布', tone: 'wait' },
  preliminary: { text: '初步结果公示中', tone: 'wait' },
  final: { text: '结果已公布', tone: 'plain' },
}

export { CHANNEL_LABEL, CHOICE_LABEL }
export const CHOICES: VoteChoice[] = ['yes', 'no', 'abstain']

export const DELIVERY_LABEL = {
  in_person: '当面送达',
  mailbox: '投入信箱',
  registered_mail: '挂号信',
  sms: '短信',
  wechat: '微信',
} as const

/** DOMAIN §1: what a type needs to pass, in the words of the law (过半数 is strictly more, 四分之三以上 is at least). */
export const THRESHOLD_TEXT: Record<ThresholdKind, string> = {
  majority: '参与表决的专有部分面积过半数且人数过半数同意',
  three_quarters: '参与表决的专有部分面积四分之三以上且人数四分之三以上同意',
}

export function matterLabel(type: MatterType): string {
  return `第${type}类 · ${MATTER_TYPE_LABEL[type]}`
}

/** DOMAIN V14: whose vote it is, as lists and pages say it (`2号楼业主表决`). */
export function scopeLabel(m: { scope: { kind: string }; scopeText: string }): string {
  return m.scope.kind === 'compound' ? '全体业主表决' : `${m.scopeText}业主表决`
}

export const EFFECT_LABEL = { light: '采光', air: '通风', access: '通行' } as const
