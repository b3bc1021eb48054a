import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDb, ensureTable } from '@jiayuan/db'
import { startDynamoLocal } from '@jiayuan/db/local'
import { startLocalS3 } from '../src/local/s3-local'

/** One DynamoDB Local (in memory, free port) and one local S3 for the whole integration run. */
export default async function globalSetup(): Promise<void> {
  const ddb = await startDynamoLocal()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiayuan-s3-'))
  const s3 = await startLocalS3({ directory: dir, bucket: 'jiayuan-test-files' })
  await ensureTable(createDb({ tableName: 'jiayuan-test', region: 'us-east-1', endpoint: ddb.endpoint }))
  process.env.JIAYUAN_TEST_DDB_ENDPOINT = ddb.endpoint
  process.env.JIAYUAN_TEST_S3_ENDPOINT = s3.endpoint
  Object.assign(globalThis, { __jiayuan: { ddb, s3, dir } })
}
