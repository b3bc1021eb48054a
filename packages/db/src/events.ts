import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from './client'
import { keys } from './keys'
import { newId, toEntity } from './items'

export interface AuditEvent {
  eventId: string
  compoundId: string
  /** What happened, e.g. `binding.approved`. */
  action: string
  actorId: string
  at: string
  subject: string
  reason?: string
  data?: Record<string, unknown>
}

/**
 * Every state change a person makes is kept as an event with who, when and why (DESIGN.md). Repositories put
 * the event in the same transaction as the change, so neither exists without the other.
 */
export function eventPut(db: Db, e: Omit<AuditEvent, 'eventId'>) {
  const eventId = newId()
  return {
    Put: { TableName: db.table, Item: { ...keys.event(e.compoundId, e.at, eventId), type: 'event', eventId, ...e } },
  }
}

export async function listEvents(db: Db, compoundId: string, month: string, limit = 100): Promise<AuditEvent[]> {
  const { PK } = keys.event(compoundId, `${month}-01`, '')
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ScanIndexForward: false,
      Limit: limit,
    }),
  )
  return (out.Items ?? []).map((i) => toEntity<AuditEvent>(i) as AuditEvent)
}
