import { Tags, type App } from 'aws-cdk-lib'
import { ApiStack } from './api-stack'
import type { InfraConfig } from './config'
import { DataStack } from './data-stack'
import { filesBucketName } from './files-bucket'
import { defaultEntryDir } from './lambda-entries'
import { ScheduleStack } from './schedule-stack'
import { scheduledJobs, type ScheduledJob } from './scheduled-jobs'
import { StorageStack } from './storage-stack'

export interface JiayuanAppOptions {
  /** Tests point this at stub entries so they do not depend on the API code. */
  entryDir?: string
  jobs?: readonly ScheduledJob[]
}

/** All stacks of one deployment (one stage in one region), named `jiayuan-<stage>-<part>`. */
export function addJiayuanStacks(app: App, config: InfraConfig, options: JiayuanAppOptions = {}) {
  const env = { account: config.account, region: config.region }
  const name = (part: string) => ({ env, stackName: `jiayuan-${config.stage}-${part}` })
  const entryDir = options.entryDir ?? defaultEntryDir
  const jobs = options.jobs ?? scheduledJobs
  const bucketName = filesBucketName(config)

  const data = new DataStack(app, 'Data', name('data'))
  const storage = new StorageStack(app, 'Storage', { ...name('storage'), bucketName, corsOrigins: config.corsOrigins })
  const resources = { table: data.table, bucketName }
  const api = new ApiStack(app, 'Api', { ...name('api'), ...resources, config, entryDir })
  const schedule =
    jobs.length === 0
      ? undefined
      : new ScheduleStack(app, 'Schedule', {
          ...name('schedule'),
          ...resources,
          jobs,
          entryDir,
          functionSettings: api.functionSettings,
        })
  // The bucket is named, not exported, so the order the export would have implied is stated here.
  for (const user of [api, schedule]) user?.addStackDependency(storage)

  Tags.of(app).add('project', 'jiayuan')
  Tags.of(app).add('stage', config.stage)
  return { data, storage, api, schedule }
}
