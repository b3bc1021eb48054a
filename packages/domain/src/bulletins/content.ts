import type { FieldIssue } from '@jiayuan/contracts'
import { RuleViolation } from '../errors'

export type TextVerdict = 'passed' | 'rejected'

/**
 * A notice is seen by everyone it reaches the moment it is posted, so its text passes the content check first
 * (DOMAIN W5) and a refused text is never written: the author is told which field to change (422).
 */
export function checkTextVerdicts(verdicts: Readonly<Record<'title' | 'body', TextVerdict>>): void {
  const issues: FieldIssue[] = (['title', 'body'] as const)
    .filter((field) => verdicts[field] === 'rejected')
    .map((field) => ({ field: `body.${field}`, message: '内容未通过安全检查，请修改后再发布' }))
  const [first] = issues
  if (first) throw new RuleViolation('ContentRejected', `${first.field}: ${first.message}`, issues)
}
