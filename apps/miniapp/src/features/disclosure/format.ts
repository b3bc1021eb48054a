import type { DisclosureItem, EvaluationBoard } from '@jiayuan/contracts'
import { dateText } from '@jiayuan/domain'

/** The city profile's frequency in words: 90 → "每季度至少更新一次", else "每 N 天至少更新一次". */
export function frequencyText(days: number): string {
  const named: Record<number, string> = { 7: '每周', 30: '每月', 90: '每季度', 180: '每半年', 365: '每年' }
  return `${named[days] ?? `每 ${days} 天`}至少更新一次`
}

export interface Freshness {
  /** The words that carry the state (DOMAIN A3: never colour alone). */
  label: string
  tone: 'ok' | 'bad'
  detail: string
}

export function freshnessOf(item: Pick<DisclosureItem, 'stale' | 'updatedAt' | 'dueBy'>): Freshness {
  if (!item.updatedAt) return { label: '未公示', tone: 'bad', detail: '物业尚未公示这一栏' }
  if (item.stale)
    return {
      label: '已过期，需更新',
      tone: 'bad',
      detail: item.dueBy ? `应在 ${dateText(item.dueBy)} 前更新` : '需更新',
    }
  return { label: '在有效期内', tone: 'ok', detail: item.dueBy ? `下次更新不晚于 ${dateText(item.dueBy)}` : '' }
}

/** A section's text as its items: one per non-empty line, so an owner can object to exactly one of them. */
export function itemsOf(content: string | null): string[] {
  if (!content) return []
  return content
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

const QUOTE_MAX = 60

/**
 * The text the API files as the ticket (at most 400 characters): which item, then the owner's reason. The
 * item is quoted short so the reason always fits.
 */
export function objectionText(item: string, reason: string): string {
  const quoted = item.length > QUOTE_MAX ? `${item.slice(0, QUOTE_MAX)}…` : item
  return `针对“${quoted}”：${reason.trim()}`
}

export const OBJECTION_REASON_MAX = 400 - QUOTE_MAX - 8

export const BOARD_WORDS: Record<EvaluationBoard, { label: string; hint: string }> = {
  red: { label: '红榜', hint: '4.00 分及以上' },
  grey: { label: '灰榜', hint: '3.00 至 3.99 分' },
  black: { label: '黑榜', hint: '3.00 分以下' },
}
