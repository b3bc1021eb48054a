import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { GradeRecord, GradingCriteria, ImprovementProject } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { putNew, revisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'
import { compoundFactsUpdate, type FigureRef } from './figures'

// The street's yearly grading and the compounds' improvement projects (DOMAIN S1; access patterns OV5–OV7).

/** Every published version of a street's criteria, newest first (OV5). */
export async function listGradingCriteria(db: Db, streetId: string): Promise<GradingCriteria[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.gradingCriteriaPartition(streetId) },
    ScanIndexForward: false,
    ConsistentRead: true,
  })
  return items.map((i) => toEntity<GradingCriteria>(i) as GradingCriteria)
}

/**
 * Publishes the next version of the criteria: it lands only while that version number is free, so two staff who
 * read the same version cannot both publish the next (false: someone was first). The street's event with it.
 */
export async function publishGradingCriteria(db: Db, criteria: GradingCriteria, actorId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          putNew(db, {
            ...keys.gradingCriteria(criteria.streetId, criteria.version),
            type: 'grading_criteria',
            ...criteria,
          }),
          eventPut(db, {
            compoundId: `street-${criteria.streetId}`,
            action: 'street.criteria_published',
            actorId,
            at: criteria.publishedAt,
            subject: `${criteria.year}#${criteria.version}`,
          }),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}

/** A compound's gradings, newest first (OV6). */
export async function listGrades(db: Db, compoundId: string): Promise<GradeRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.gradePartition(compoundId) },
    ScanIndexForward: false,
  })
  return items.map((i) => toEntity<GradeRecord>(i) as GradeRecord)
}

/**
 * Keeps a grading with its event and sets the street's fact (OV1 `grade`) in one transaction. The fact moves
 * only forward in years: a grade for an earlier year is kept in the history without replacing a later one.
 */
export async function putGrade(db: Db, ref: FigureRef, record: GradeRecord, actorId: string): Promise<void> {
  const fact = compoundFactsUpdate(db, ref, { grade: { year: record.year, grade: record.grade } }, record.at)
  const latest = await listGrades(db, record.compoundId)
  const newest = latest.reduce((y, g) => Math.max(y, g.year), 0)
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        putNew(db, { ...keys.grade(record.compoundId, record.year, record.at), type: 'grade', ...record }),
        eventPut(db, {
          compoundId: record.compoundId,
          action: 'street.compound_graded',
          actorId,
          at: record.at,
          subject: String(record.year),
          reason: record.reason,
          data: { grade: record.grade, criteriaVersion: record.criteriaVersion },
        }),
        ...(record.year >= newest ? [fact] : []),
      ],
    }),
  )
}

/** A compound's improvement projects (OV7). */
export async function listImprovements(db: Db, compoundId: string): Promise<ImprovementProject[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.improvementPartition(compoundId) },
    ConsistentRead: true,
  })
  return items
    .map((i) => toEntity<ImprovementProject>(i) as ImprovementProject)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export async function getImprovement(
  db: Db,
  compoundId: string,
  projectId: string,
): Promise<ImprovementProject | undefined> {
  const all = await listImprovements(db, compoundId)
  return all.find((p) => p.projectId === projectId)
}

/**
 * Writes a project on the version that was read (undefined: a new one, its id from the idempotency of the
 * caller), with its event; false when someone changed it first.
 */
export async function saveImprovement(
  db: Db,
  project: ImprovementProject,
  expected: number | undefined,
  actorId: string,
  action: 'street.improvement_added' | 'street.improvement_progress',
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          revisionPut(db, {
            item: { ...keys.improvement(project.compoundId, project.projectId), type: 'improvement', ...project },
            expected,
          }),
          eventPut(db, {
            compoundId: project.compoundId,
            action,
            actorId,
            at: project.updatedAt,
            subject: project.projectId,
            data: { progressPercent: project.progressPercent, version: project.version },
          }),
        ],
      }),
    )
    return true
  } catch (err) {
    if (isConditionFailure(err)) return false
    throw err
  }
}
