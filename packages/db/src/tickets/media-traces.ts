import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'
import { toEntity } from '../items'

/** A photo sent to WeChat's asynchronous image check, waiting for the push that carries the result. */
export interface MediaTrace {
  traceId: string
  compoundId: string
  ticketId: string
  photoKey: string
  at: string
  /** Set when the photo belongs to a message on the ticket's conversation. */
  messageId?: string
}

export async function putMediaTrace(db: Db, trace: MediaTrace): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...keys.mediaTrace(trace.traceId), type: 'media_trace', ...trace } }),
  )
}

export async function getMediaTrace(db: Db, traceId: string): Promise<MediaTrace | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.mediaTrace(traceId), ConsistentRead: true }),
  )
  return toEntity<MediaTrace>(out.Item)
}

export async function deleteMediaTrace(db: Db, traceId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.mediaTrace(traceId) }))
}
