import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { MonthlyReport, ReportFigures, ReportNarrative } from '@jiayuan/contracts'
import type { Db } from '../client'
import { putWhile } from '../put-if-revision'
import { eventPut } from '../events'
import { announcementPut } from '../notices/announcements'
import type { AnnounceOutboxEntry } from '../outbox/entries'
import { isConditionFailure, toEntity } from '../items'
import { ItemMissing, WriteRefused } from '../outcomes'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { compoundFactsUpdate, figureRefOf } from '../oversight/figures'

const item = (r: MonthlyReport) => ({ ...keys.reportVersion(r.compoundId, r.month, r.version), type: 'report', ...r })
const published = () => new WriteRefused('ReportPublished')

/** Every version of every month, newest month and version first. */
export async function listReportVersions(db: Db, compoundId: string): Promise<MonthlyReport[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.reportPartition(compoundId) },
    ScanIndexForward: false,
  })
  return items.map((i) => toEntity<MonthlyReport>(i) as MonthlyReport)
}

/** A month's versions, oldest first. */
export async function reportVersionsOfMonth(db: Db, compoundId: string, month: string): Promise<MonthlyReport[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.reportPartition(compoundId), ':p': keys.reportMonthPrefix(month) },
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<MonthlyReport>(i) as MonthlyReport)
}

export async function getReportVersion(
  db: Db,
  compoundId: string,
  month: string,
  version: number,
): Promise<MonthlyReport> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.reportVersion(compoundId, month, version), ConsistentRead: true }),
  )
  const report = toEntity<MonthlyReport>(out.Item)
  if (!report) throw new ItemMissing('report')
  return report
}

/** A new version, only if that version number is free: two drafters at once make it once (the loser gets 409). */
export async function createReportVersion(db: Db, report: MonthlyReport): Promise<MonthlyReport> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: db.table, Item: item(report), ConditionExpression: 'attribute_not_exists(PK)' } },
          eventPut(db, {
            compoundId: report.compoundId,
            action: 'report.drafted',
            actorId: report.draftedBy,
            at: report.draftedAt,
            subject: `${report.month}#${report.version}`,
          }),
        ],
      }),
    )
    return report
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    throw new WriteRefused('ReportVersionTaken')
  }
}

/** New figures for a draft; refused (409) once the version is published. */
export async function refreshReportFigures(
  db: Db,
  compoundId: string,
  month: string,
  version: number,
  figures: ReportFigures,
  by: { userId: string; at: string },
): Promise<MonthlyReport> {
  const current = await getReportVersion(db, compoundId, month, version)
  const next: MonthlyReport = { ...current, figures, draftedAt: by.at, draftedBy: by.userId }
  try {
    await db.doc.send(new PutCommand(putWhile(db, item(next), { status: 'draft' }).Put))
    return next
  } catch (err) {
    if (isConditionFailure(err)) throw published()
    throw err
  }
}

/** The narrative of a draft, kept in the audit event as it was before; refused (409) once published. */
export async function updateReportNarrative(
  db: Db,
  compoundId: string,
  month: string,
  version: number,
  narrative: ReportNarrative,
  by: { userId: string; at: string },
): Promise<MonthlyReport> {
  const current = await getReportVersion(db, compoundId, month, version)
  const next: MonthlyReport = { ...current, narrative, editedAt: by.at }
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putWhile(db, item(next), { status: 'draft' }),
          eventPut(db, {
            compoundId,
            action: 'report.narrative_edited',
            actorId: by.userId,
            at: by.at,
            subject: `${month}#${version}`,
            data: { before: current.narrative },
          }),
        ],
      }),
    )
    return next
  } catch (err) {
    if (isConditionFailure(err)) throw published()
    throw err
  }
}

/** draft → published, exactly once, with its event; a second publish (or a race) is refused with 409. */
export async function publishReportVersion(
  db: Db,
  report: MonthlyReport,
  by: { userId: string; at: string; changeNote?: string },
  announce?: AnnounceOutboxEntry,
): Promise<MonthlyReport> {
  const next: MonthlyReport = {
    ...report,
    status: 'published',
    publishedAt: by.at,
    publishedBy: by.userId,
    ...(by.changeNote ? { changeNote: by.changeNote } : {}),
  }
  const ref = await figureRefOf(db, report.compoundId)
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putWhile(db, item(next), { status: 'draft' }),
          // The street's facts (D1 freshness for S5): the last publication, with the publication itself.
          ...(ref ? [compoundFactsUpdate(db, ref, { lastDisclosureAt: by.at }, by.at)] : []),
          eventPut(db, {
            compoundId: report.compoundId,
            action: 'report.published',
            actorId: by.userId,
            at: by.at,
            subject: `${report.month}#${report.version}`,
            ...(by.changeNote ? { reason: by.changeNote } : {}),
          }),
          // Residents are told in the same transaction (notices/announcements.ts).
          ...(announce ? [announcementPut(db, announce)] : []),
        ],
      }),
    )
    return next
  } catch (err) {
    if (isConditionFailure(err)) throw published()
    throw err
  }
}
