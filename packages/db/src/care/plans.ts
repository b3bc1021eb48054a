import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { CarePlan } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { isConditionFailure, toEntity } from '../items'
import { keys } from '../keys'
import { revisionPut } from '../put-if-revision'
import { queryAll } from '../query-all'

export async function getCarePlan(db: Db, compoundId: string, elderId: string): Promise<CarePlan | undefined> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.carePlan(compoundId, elderId), ConsistentRead: true }),
  )
  return toEntity<CarePlan>(out.Item)
}

/** Every check-in plan of a compound (the sweep; the elders a person looks after): one Query. */
export async function listCarePlans(db: Db, compoundId: string): Promise<CarePlan[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.carePlanPartition(compoundId), ':p': keys.carePlanPrefix },
  })
  return items.map((i) => toEntity<CarePlan>(i) as CarePlan)
}

/** Saves a plan on the version read (0: none yet) with its event; false when someone saved in between. */
export async function saveCarePlan(db: Db, plan: CarePlan, expectedVersion: number, actorId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          revisionPut(db, {
            item: { ...keys.carePlan(plan.compoundId, plan.elderId), type: 'care_plan', ...plan },
            expected: expectedVersion === 0 ? undefined : expectedVersion,
          }),
          eventPut(db, {
            compoundId: plan.compoundId,
            subject: plan.elderId,
            action: expectedVersion === 0 ? 'care.plan.set' : 'care.plan.changed',
            actorId,
            at: plan.updatedAt,
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
