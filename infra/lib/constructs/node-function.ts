import { AssetHashType, Duration, Stack, Token, Validations } from 'aws-cdk-lib'
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam'
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda'
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs'
import { RegionInfo } from 'aws-cdk-lib/region-info'
import { Construct } from 'constructs'
import { buildSync } from 'esbuild'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { REPO_ROOT, lambdaBuildOptions } from '../lambda-bundling'
import { grantBucket, grantSecret, grantTable, type DataAccess } from './data-access'

export interface NodeFunctionProps extends DataAccess {
  /** A TypeScript file exporting `handler`. */
  entry: string
  environment?: Record<string, string>
  /** Files the code reads at run time, copied beside the bundle: path in the bundle → file in the repository. */
  files?: Record<string, string>
  /**
   * Files made when the function is bundled, written beside the bundle: path in the bundle → its content. Only
   * called when the synth really bundles (not in the stack tests, which skip bundling).
   */
  made?: Record<string, () => string>
  /** Seconds before Lambda stops the call; 10 unless a context needs longer (at most the gateway's 30). */
  timeoutSeconds?: number
}

/** Where Lambda unpacks a function's bundle; a file copied in with `files` is at this path plus its name. */
export const LAMBDA_TASK_ROOT = '/var/task'

/** The house Lambda: every default lives here so no function drifts from the others. */
export class NodeFunction extends Construct {
  readonly fn: LambdaFunction

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id)
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.SIX_MONTHS })
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write to this log group and nothing else.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') })
    logGroup.grantWrite(role)
    const tracing = tracingFor(this)
    this.fn = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry, props.files ?? {}, props.made ?? {}),
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(props.timeoutSeconds ?? 10),
      role,
      logGroup,
      tracing,
      // STAGE is the runtime mode apps/api reads: a deployed function is always `prod`, whatever the deployment
      // is called. DEV_LOGIN is never set: seeded-persona login must not exist in AWS.
      environment: { NODE_OPTIONS: '--enable-source-maps', STAGE: 'prod', ...props.environment },
    })
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions::AwsSolutions-L1',
      reason: 'Node.js 22 is pinned on purpose (esbuild target node22); moving runtime is a tested change made here.',
    })
    if (tracing === Tracing.ACTIVE) {
      Validations.of(role).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        reason: 'xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions.',
      })
    }
    grantTable(this.fn, props.table)
    grantBucket(this.fn, props.bucket)
    for (const [name, secret] of Object.entries(props.secrets ?? {})) grantSecret(this.fn, name, secret)
  }
}

/**
 * The function's code: esbuild run here, in the synth's own process, with lambda-bundling.ts's options (code
 * splitting needs an output folder, which NodejsFunction's single `--outfile` cannot give), then the `files`
 * copied and the `made` files written beside the bundle. The asset is hashed on that output, as NodejsFunction's was; a synth that skips
 * bundling (`aws:cdk:bundling-stacks`, the stack tests) never calls it.
 */
function bundledCode(entry: string, files: Record<string, string>, made: Record<string, () => string>): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling always succeeds or throws. The command names the entry so that two
      // functions' bundling options differ (the CDK caches staged assets by them).
      image: Runtime.NODEJS_22_X.bundlingImage,
      command: ['esbuild', relative(REPO_ROOT, entry).split('\\').join('/')],
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync(lambdaBuildOptions(entry, outputDir))
          for (const [target, source] of Object.entries(files)) {
            const to = join(outputDir, target)
            mkdirSync(dirname(to), { recursive: true })
            copyFileSync(source, to)
          }
          for (const [target, content] of Object.entries(made)) {
            const to = join(outputDir, target)
            mkdirSync(dirname(to), { recursive: true })
            writeFileSync(to, content())
          }
          return true
        },
      },
    },
  })
}

/** Lambda's X-Ray integration is not offered in the China regions (docs.amazonaws.cn, Lambda feature differences). */
function tracingFor(scope: Construct): Tracing {
  const region = Stack.of(scope).region
  const china = !Token.isUnresolved(region) && RegionInfo.get(region).partition === 'aws-cn'
  return china ? Tracing.DISABLED : Tracing.ACTIVE
}
