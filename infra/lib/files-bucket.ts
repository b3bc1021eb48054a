import type { InfraConfig } from './config'

/**
 * The files bucket has a fixed name, unique per account, region and stage. The API stack imports it by that
 * name instead of through a CloudFormation export, so the one acknowledged wildcard (`<bucket>/*` for
 * presigned object URLs) reads the same in every synth. Being retained, a recreated storage stack fails on
 * the existing bucket rather than silently starting an empty one.
 */
export function filesBucketName(config: Pick<InfraConfig, 'stage' | 'account' | 'region'>): string {
  return `jiayuan-${config.stage}-files-${config.account}-${config.region}`
}
