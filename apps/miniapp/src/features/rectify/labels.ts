import {
  COMPANY_COLOUR_LABEL,
  RECT_CARD_LABEL,
  RECT_STATUS_LABEL,
  type CompanyColour,
  type RectificationRow,
  type RectStep,
} from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import type { Tone } from '../../components/status-tag'

/** A notice's state in words: 已逾期 and its card first, else its status. */
export function statusOf(n: Pick<RectificationRow, 'status' | 'overdue' | 'card'>): { text: string; tone: Tone } {
  if (n.status === 'closed') return { text: RECT_STATUS_LABEL.closed, tone: 'ok' }
  if (n.overdue) return { text: `已逾期${n.card ? ` · ${RECT_CARD_LABEL[n.card]}` : ''}`, tone: 'bad' }
  return { text: RECT_STATUS_LABEL[n.status], tone: 'wait' }
}

export const colourText = (c: CompanyColour) => `四色管理：${COMPANY_COLOUR_LABEL[c]}`
export const colourTone = (c: CompanyColour): Tone => (c === 'green' ? 'ok' : c === 'yellow' ? 'wait' : 'bad')

const STEP_TITLE: Record<RectStep['kind'], string> = {
  issued: '发出整改通知',
  replied: '物业回复整改情况',
  passed: '回头看：通过',
  failed: '回头看：未通过，重新整改',
  yellow: '逾期未整改：黄牌',
  red: '继续逾期：红牌',
  interview: '继续逾期：约谈物业负责人',
}

export function stepText(s: RectStep): { title: string; meta: string } {
  const deadline = s.deadline
    ? s.kind === 'issued' || s.kind === 'failed'
      ? `，期限 ${dateTimeText(s.deadline)}`
      : `（期限 ${dateTimeText(s.deadline)} 已过）`
    : ''
  return { title: STEP_TITLE[s.kind], meta: `${dateTimeText(s.at)} · ${s.by}${deadline}` }
}
