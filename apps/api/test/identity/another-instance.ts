import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { keys } from '@jiayuan/db'
import { testEnv } from '../test-env'

/**
 * "Another instance": a client of the test table that the API under test does not know, so its writes do not
 * reach that API's warm copies, as a write in another Lambda would not. `destroy()` it after the suite.
 */
export function anotherInstance(): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'cn-north-1',
      endpoint: testEnv.ddbEndpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  )
}

/**
 * Sets one set of a membership (its roles or grids) through `client`, straight in the table. None left removes the
 * attribute, as DynamoDB keeps no empty set (users.ts `membershipItem`).
 */
export async function setMembershipSet(
  client: DynamoDBDocumentClient,
  at: { userId: string; compoundId: string },
  field: 'roles' | 'gridIds',
  values: readonly string[],
): Promise<void> {
  await client.send(
    new UpdateCommand({
      TableName: testEnv.tableName,
      Key: keys.membership(at.userId, at.compoundId),
      UpdateExpression: values.length ? 'SET #f = :v' : 'REMOVE #f',
      ExpressionAttributeNames: { '#f': field },
      ...(values.length ? { ExpressionAttributeValues: { ':v': new Set(values) } } : {}),
    }),
  )
}
