import type { DisclosureItem, DisclosureSection } from '@jiayuan/contracts'
import { DisclosureSection as Sections } from '@jiayuan/contracts'
import { DAY_MS, dateTimeText } from '../time'

/** The fixed sections (D1) in board order, with their Chinese titles. */
export const DISCLOSURE_TITLE: Record<DisclosureSection, string> = {
  company: '物业服务企业及项目负责人',
  service_standards: '服务事项与服务标准',
  fee_standards: '收费项目与收费标准',
  contractors: '电梯、消防等专项服务单位',
  budget: '年度预算',
  accounts: '收支账目',
  maintenance_fund: '专项维修资金使用',
  public_income: '共有部分经营与收益',
  parking: '车位车库使用与收费',
  renovations: '装修管理',
  decisions_minutes: '业主大会与业委会决定、会议记录',
}

/** DOMAIN D2: an objection to a disclosed item is answered within 3 days unless a compound says otherwise. */
export const OBJECTION_REPLY_DAYS = 3

export function objectionReplyBy(at: Date, days = OBJECTION_REPLY_DAYS): string {
  return new Date(at.getTime() + days * DAY_MS).toISOString()
}

export interface StoredSection {
  section: DisclosureSection
  content: string
  persons: DisclosureItem['persons']
  version: number
  updatedAt: string
  updatedBy: string
}

/**
 * The board as residents see it: every fixed section, in order, whether or not it was ever filled in. A
 * section is stale once its last update is older than the city profile's frequency, or if it never had one.
 */
export function disclosureBoard(stored: readonly StoredSection[], frequencyDays: number, now: Date): DisclosureItem[] {
  const bySection = new Map(stored.map((s) => [s.section, s]))
  return Sections.options.map((section) => {
    const s = bySection.get(section)
    const dueBy = s ? new Date(Date.parse(s.updatedAt) + frequencyDays * DAY_MS).toISOString() : null
    return {
      section,
      title: DISCLOSURE_TITLE[section],
      content: s?.content ?? null,
      persons: s?.persons ?? [],
      version: s?.version ?? 0,
      updatedAt: s?.updatedAt ?? null,
      updatedBy: s?.updatedBy ?? null,
      frequencyDays,
      dueBy,
      stale: dueBy === null || Date.parse(dueBy) < now.getTime(),
    }
  })
}

/** The ticket text of an objection: says which item, which version, and by when it must be answered. */
export function objectionDescription(
  section: DisclosureSection,
  version: number,
  text: string,
  replyBy: string,
): string {
  return `【公示异议】${DISCLOSURE_TITLE[section]}（第${version}版）：${text.trim()}（请于 ${dateTimeText(replyBy)} 前答复）`
}
