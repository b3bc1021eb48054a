import type { ProjectStatus } from '@jiayuan/contracts'
import type { Tone } from '../../../components/status-tag'

export const PROJECT_STATUS: Record<ProjectStatus, { text: string; tone: Tone }> = {
  funding: { text: '认缴中', tone: 'wait' },
  funded: { text: '已筹满', tone: 'ok' },
  lapsed: { text: '未筹满·已终止', tone: 'bad' },
  cancelled: { text: '已取消', tone: 'plain' },
  closed: { text: '已结项', tone: 'ok' },
}

/** Progress as a whole percentage, never above 100 (the pledges cannot pass the target). */
export const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.floor((part * 100) / whole)) : 0
