import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Audience, Role } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { toEntity } from '../items'

/**
 * One page of an announcement's recipients: the compound's members (GSI1 `C#<cid>#MEMBERS`) who are owners
 * (assembly matters; tenants are not owners, DOMAIN V13) or residents and owners (reports, notices), with the
 * units on their membership (a notice for a building reaches only some of them; the caller decides which).
 * Staff-only members are not residents. `next` is where the following page starts; absent after the last page.
 */
export async function recipientsPage(
  db: Db,
  compoundId: string,
  audience: Audience,
  options: { start?: Record<string, unknown>; limit: number },
): Promise<{ members: Array<{ userId: string; roles: Role[]; unitIds: string[] }>; next?: Record<string, unknown> }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      FilterExpression:
        audience === 'owners' ? 'contains(#roles, :owner)' : 'contains(#roles, :owner) OR contains(#roles, :resident)',
      ExpressionAttributeNames: { '#roles': 'roles' },
      ExpressionAttributeValues: {
        ':pk': keys.membershipIndex(compoundId, '').GSI1PK,
        ':owner': 'owner',
        ...(audience === 'residents' ? { ':resident': 'resident' } : {}),
      },
      Limit: options.limit,
      ...(options.start ? { ExclusiveStartKey: options.start } : {}),
    }),
  )
  return {
    members: (out.Items ?? []).map((item) => {
      const m = toEntity<{ userId: string; roles: Role[]; unitIds?: string[] }>(item)
      return { userId: String(m?.userId), roles: m?.roles ?? [], unitIds: m?.unitIds ?? [] }
    }),
    ...(out.LastEvaluatedKey ? { next: out.LastEvaluatedKey } : {}),
  }
}
