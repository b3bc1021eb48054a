import { Validations } from 'aws-cdk-lib'
import { PolicyStatement } from 'aws-cdk-lib/aws-iam'
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb'
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda'
import type { IBucket } from 'aws-cdk-lib/aws-s3'
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager'
import { tableSpec } from '../table-spec'

export interface DataAccess {
  table: ITableV2
  bucket: IBucket
  /** Environment variable name → secret. The function gets the ARN and read access, never the value. */
  secrets?: Record<string, ISecret>
}

// Each helper sets the variable and the permission together, so one never exists without the other.

/** Item reads and writes, Query on the named indexes; no Scan (DESIGN.md: no Scan in a request path). */
export function grantTable(fn: LambdaFunction, table: ITableV2): void {
  fn.addEnvironment('TABLE_NAME', table.tableName)
  // Transactions are authorised by the item actions they contain, so no Transact* action is listed.
  const reads = ['GetItem', 'BatchGetItem', 'Query']
  const writes = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'ConditionCheckItem']
  const actions = [...reads, ...writes].map((a) => `dynamodb:${a}`)
  fn.addToRolePolicy(new PolicyStatement({ actions, resources: [table.tableArn] }))
  const indexArns = tableSpec.indexes.map((index) => `${table.tableArn}/index/${index.name}`)
  fn.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }))
}

/** Objects only: the API presigns PUT and GET for clients and reads uploads back; it never lists or deletes. */
export function grantBucket(fn: LambdaFunction, bucket: IBucket): void {
  fn.addEnvironment('BUCKET_NAME', bucket.bucketName)
  const objects = bucket.arnForObjects('*')
  fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [objects] }))
  // The finding names the bucket, which is why the bucket is imported by its fixed name (files-bucket.ts).
  Validations.of(fn.role ?? fn).acknowledge({
    id: `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${bucket.bucketName}/*]`,
    reason: 'Object keys are minted per upload at request time, so no narrower resource can be named.',
  })
}

export function grantSecret(fn: LambdaFunction, name: string, secret: ISecret): void {
  fn.addEnvironment(name, secret.secretArn)
  secret.grantRead(fn)
}
