import { Stack, type StackProps } from 'aws-cdk-lib'
import { Trigger } from 'aws-cdk-lib/triggers'
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

/**
 * The entry that brings an older deployment's items to the code's data format (packages/db data-upgrades.ts),
 * run once per deploy that changes it.
 */
export const DATA_UPGRADE_ENTRY = 'upgrade-data.ts'

/** One function and one EventBridge rule per scheduled job; the data upgrade run after each deploy. */
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
    // Invoked by CloudFormation once the function is deployed, and again whenever its code changes (a new
    // format's upgrade); a failed upgrade fails the deploy. Backfills read every compound: up to 15 minutes.
    const upgrade = new NodeFunction(this, 'DataUpgrade', {
      entry: entryFile(props.entryDir, DATA_UPGRADE_ENTRY),
      table: props.table,
      bucket,
      timeoutSeconds: 900,
      ...props.functionSettings,
    })
    new Trigger(this, 'DataUpgradeTrigger', { handler: upgrade.fn, executeOnHandlerChange: true })
  }
}
