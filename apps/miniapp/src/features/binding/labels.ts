import type { Binding } from '@jiayuan/contracts'
import type { Tone } from '../../components/status-tag'

export const STATUS: Record<Binding['status'], { text: string; tone: Tone }> = {
  pending: { text: '待审核', tone: 'wait' },
  approved: { text: '已通过', tone: 'ok' },
  rejected: { text: '已退回', tone: 'bad' },
}

export const RELATION: Record<Binding['relation'], string> = {
  owner: '产权人',
  co_owner: '共有人',
}

/** The form's fields as the person reads them, with what to do when one is missing or wrong. */
export const FIELDS = {
  unitId: { label: '房屋', fix: '请先选楼栋，再选房号' },
  claimedName: { label: '产权人姓名', fix: '请填写产权证上的姓名（1–40 个字）' },
  relation: { label: '身份', fix: '请选择产权人或共有人' },
  evidenceKey: { label: '产权证明照片', fix: '请拍照或从相册选一张产权证明照片，并等它上传完' },
} as const

export type FieldName = keyof typeof FIELDS
