import type { MonthlyReport } from '@jiayuan/contracts'
import { reportVersionsOfMonth } from '@jiayuan/db'
import { NotFound } from '@jiayuan/domain'

/** Residents read published versions only; a draft is answered 404 to them, as if it did not exist. */
export async function latestPublished(
  db: Parameters<typeof reportVersionsOfMonth>[0],
  compoundId: string,
  month: string,
): Promise<MonthlyReport> {
  const published = (await reportVersionsOfMonth(db, compoundId, month)).filter((v) => v.status === 'published')
  const latest = published.at(-1)
  if (!latest) throw new NotFound('已发布的月报')
  return latest
}
