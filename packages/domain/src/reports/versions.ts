import type { MonthlyReport } from '@jiayuan/contracts'
import { Conflict, InvalidInput, RuleViolation } from '../errors'
import { shanghaiMonth } from '../time'

type Version = Pick<MonthlyReport, 'version' | 'status'>

/**
 * What drafting does to a month's versions (D3): refresh the open draft if there is one; otherwise start the
 * next version — version 1, or a correction of the latest published one. Published versions are never touched.
 */
export function draftTarget(versions: readonly Version[]): { kind: 'refresh' | 'create'; version: number } {
  const latest = versions.reduce<Version | undefined>((top, v) => (top && top.version > v.version ? top : v), undefined)
  if (latest?.status === 'draft') return { kind: 'refresh', version: latest.version }
  return { kind: 'create', version: (latest?.version ?? 0) + 1 }
}

const NARRATIVE_FIELDS = [
  ['servicesDone', '本月服务工作'],
  ['nextMonthPlan', '下月工作计划'],
] as const

/**
 * A published version never changes; a correction says what changed against the version before. Publishing
 * announces the report to every resident, so the committee's narrative (本月服务工作, 下月工作计划) must be written.
 */
export function checkPublishable(
  report: Version & Pick<MonthlyReport, 'narrative'>,
  changeNote: string | undefined,
): void {
  if (report.status === 'published') throw new Conflict('ReportPublished', '该版本已发布，不能修改；请起草更正版本')
  const empty = NARRATIVE_FIELDS.filter(([field]) => report.narrative[field].trim() === '')
  if (empty.length > 0) {
    throw new InvalidInput(
      `请先填写${empty.map(([, label]) => `“${label}”`).join('和')}，再发布月报`,
      empty.map(([field, label]) => ({ field: `narrative.${field}`, message: `${label}不能为空` })),
    )
  }
  if (report.version > 1 && !changeNote?.trim()) {
    throw new RuleViolation('ChangeNoteRequired', '更正版本须说明改了什么', { field: 'body.changeNote' })
  }
}

export function checkEditable(report: Version): void {
  if (report.status === 'published') throw new Conflict('ReportPublished', '该版本已发布，不能修改；请起草更正版本')
}

/** A month can be drafted once it has begun (the current month drafts as a preview); never a future one. */
export function checkDraftableMonth(month: string, now: Date): void {
  if (month > shanghaiMonth(now.toISOString()))
    throw new RuleViolation('MonthNotStarted', `${month} 还没有开始，不能起草月报`, { field: 'params.month' })
}
