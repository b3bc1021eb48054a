import { Stack, type StackProps } from 'aws-cdk-lib'
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb'
import { Rule, Schedule } from 'aws-cdk-lib/aws-events'
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets'
import { Bucket } from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'
import { NodeFunction, type NodeFunctionProps } from './constructs/node-function'
import { entryFile } from './lambda-entries'
import type { ScheduledJob } from './scheduled-jobs'

export interface ScheduleStackProps extends StackProps {
  jobs: readonly ScheduledJob[]
  entryDir: string
  table: ITableV2
  bucketName: string
  /** The API's secrets and settings: jobs run the same config parser and WeChat clients. */
  functionSettings: Pick<NodeFunctionProps, 'secrets' | 'environment'>
}

/** One function and one EventBridge rule per scheduled job. */
export class ScheduleStack extends Stack {
  constructor(scope: Construct, id: string, props: ScheduleStackProps) {
    super(scope, id, props)
    const bucket = Bucket.fromBucketName(this, 'Files', props.bucketName)
    for (const job of props.jobs) {
      const fn = new NodeFunction(this, job.id, {
        entry: entryFile(props.entryDir, job.entry),
        table: props.table,
        bucket,
        ...props.functionSettings,
      })
      const schedule = Schedule.expression(job.schedule)
      new Rule(this, `${job.id}Rule`, { schedule, targets: [new LambdaFunction(fn.fn)] })
    }
  }
}
