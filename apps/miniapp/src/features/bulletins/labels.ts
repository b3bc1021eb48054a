import { BULLETIN_KIND_LABEL, type BulletinView } from '@jiayuan/contracts'
import { monthDayText, shanghaiDateTime } from '@jiayuan/domain'
import type { Tone } from '../../components/status-tag'

export const kindLabel = (b: Pick<BulletinView, 'kind'>) => BULLETIN_KIND_LABEL[b.kind]

const STATE: Record<BulletinView['state'], { text: string; tone: Tone }> = {
  upcoming: { text: '即将开始', tone: 'wait' },
  current: { text: '进行中', tone: 'bad' },
  ended: { text: '已结束', tone: 'plain' },
  withdrawn: { text: '已撤回', tone: 'plain' },
}

export const stateTag = (b: Pick<BulletinView, 'state'>) => STATE[b.state]

const timeOf = (iso: string) => shanghaiDateTime(iso).slice(11)

/** `12月9日 09:00 至 17:00`, or `12月9日 09:00 至 12月10日 17:00` when it runs past the day (Beijing time). */
export function periodText(b: Pick<BulletinView, 'startsAt' | 'endsAt'>): string {
  const start = `${monthDayText(b.startsAt)} ${timeOf(b.startsAt)}`
  const sameDay = shanghaiDateTime(b.startsAt).slice(0, 10) === shanghaiDateTime(b.endsAt).slice(0, 10)
  return `${start} 至 ${sameDay ? '' : `${monthDayText(b.endsAt)} `}${timeOf(b.endsAt)}`
}

/** `物业 孙丽`, `业委会 周明`: who stands behind it, as residents know them. */
export function authorText(b: Pick<BulletinView, 'author'>): string {
  return `${b.author.role === 'property_staff' ? '物业' : '业委会'} ${b.author.name}`.trim()
}

/** `已读 12 / 应读 40`: people who opened it, of those whose inbox it reached. */
export function countsText(counts: NonNullable<BulletinView['counts']>): string {
  return `已读 ${counts.read} / 应读 ${counts.expected}`
}
