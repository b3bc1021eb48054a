import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
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
