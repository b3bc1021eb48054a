import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { EvaluationScores } from '@jiayuan/contracts'
import type { Db } from '../client'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { WriteRefused } from '../outcomes'
import { batchGetAll, queryAll } from '../query-all'

export interface StoredEvaluation {
  quarter: string
  scores: EvaluationScores
  comment?: string
  at: string
}

/**
 * One rating per household (unit) per quarter: the rating and a claim per unit of the rater's
 * (`attribute_not_exists`) in one transaction, so of two members of a household rating at once exactly one is
 * stored. A repeat by the same person gets the stored one back; another member of a rated household is refused
 * (`HouseholdAlreadyRated`).
 */
export async function putEvaluation(
  db: Db,
  compoundId: string,
  userId: string,
  unitIds: readonly string[],
  rating: StoredEvaluation,
): Promise<{ rating: StoredEvaluation; created: boolean }> {
  const absent = 'attribute_not_exists(PK)'
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.evaluation(compoundId, rating.quarter, userId), type: 'evaluation', ...rating },
              ConditionExpression: absent,
            },
          },
          ...unitIds.map((unitId) => ({
            Put: {
              TableName: db.table,
              Item: {
                ...keys.householdRating(compoundId, rating.quarter, unitId),
                type: 'household_rating',
                raterId: userId,
                at: rating.at,
              },
              ConditionExpression: absent,
            },
          })),
        ],
      }),
    )
    return { rating, created: true }
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const mine = await getEvaluation(db, compoundId, rating.quarter, userId)
    if (!mine) throw new WriteRefused('HouseholdAlreadyRated')
    return { rating: mine, created: false }
  }
}

/** Whether someone else already rated this quarter for one of these units (the page says so). */
export async function householdRatedBy(
  db: Db,
  compoundId: string,
  quarter: string,
  unitIds: readonly string[],
): Promise<string[]> {
  if (unitIds.length === 0) return []
  // A throttled key is asked again, not taken for a household that has not rated.
  const items = await batchGetAll(
    db,
    unitIds.map((u) => keys.householdRating(compoundId, quarter, u)),
    { consistent: true },
  )
  return items.map((i) => String(i.raterId))
}

/** One person's own rating of a quarter, or null if they have not rated it. */
export async function getEvaluation(
  db: Db,
  compoundId: string,
  quarter: string,
  userId: string,
): Promise<StoredEvaluation | null> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.evaluation(compoundId, quarter, userId), ConsistentRead: true }),
  )
  if (!out.Item) return null
  const item = out.Item
  return {
    quarter,
    scores: item.scores as EvaluationScores,
    at: String(item.at),
    ...(item.comment ? { comment: String(item.comment) } : {}),
  }
}

/** Scores only: who rated stays out of every answer (P3). */
export async function evaluationsOfQuarter(db: Db, compoundId: string, quarter: string): Promise<EvaluationScores[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.evaluationPartition(compoundId, quarter) },
    ProjectionExpression: 'scores',
  })
  return items.map((i) => i.scores as EvaluationScores)
}
