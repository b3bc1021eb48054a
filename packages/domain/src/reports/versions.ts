import type { MonthlyReport } from '@jiayuan/contracts'
import { Conflict, RuleViolation } from '../errors'
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

/** A published version never changes; a correction says what changed against the version before. */
export function checkPublishable(report: Version, changeNote: string | undefined): void {
  if (report.status === 'published') throw new Conflict('ReportPublished', '该版本已发布，不能修改；请起草更正版本')
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
