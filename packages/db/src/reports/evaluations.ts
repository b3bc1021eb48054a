import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { EvaluationScores } from '@jiayuan/contracts'
import type { Db } from '../client'
import { isConditionFailure } from '../items'
import { keys } from '../keys'
import { queryAll } from '../query-all'

export interface StoredEvaluation {
  quarter: string
  scores: EvaluationScores
  comment?: string
  at: string
}

/** One rating per person per quarter: the first write wins, and a repeat gets the stored one back. */
export async function putEvaluation(
  db: Db,
  compoundId: string,
  userId: string,
  rating: StoredEvaluation,
): Promise<{ rating: StoredEvaluation; created: boolean }> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.evaluation(compoundId, rating.quarter, userId), type: 'evaluation', ...rating },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    )
    return { rating, created: true }
  } catch (err) {
    if (!isConditionFailure(err)) throw err
    const out = await db.doc.send(
      new GetCommand({
        TableName: db.table,
        Key: keys.evaluation(compoundId, rating.quarter, userId),
        ConsistentRead: true,
      }),
    )
    const item = out.Item ?? {}
    return {
      rating: {
        quarter: rating.quarter,
        scores: item.scores as EvaluationScores,
        at: String(item.at),
        ...(item.comment ? { comment: String(item.comment) } : {}),
      },
      created: false,
    }
  }
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
