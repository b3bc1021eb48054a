import { Duration, Stack, Token, Validations } from 'aws-cdk-lib'
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam'
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda'
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs'
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs'
import { RegionInfo } from 'aws-cdk-lib/region-info'
import { Construct } from 'constructs'
import { dirname, join } from 'node:path'
import { grantBucket, grantSecret, grantTable, type DataAccess } from './data-access'

export interface NodeFunctionProps extends DataAccess {
  /** A TypeScript file exporting `handler`. */
  entry: string
  environment?: Record<string, string>
  /** Files the code reads at run time, copied beside the bundle: path in the bundle → file in the repository. */
  files?: Record<string, string>
  /** Seconds before Lambda stops the call; 10 unless a context needs longer (at most the gateway's 30). */
  timeoutSeconds?: number
}

/** Where Lambda unpacks a function's bundle; a file copied in with `files` is at this path plus its name. */
export const LAMBDA_TASK_ROOT = '/var/task'

/**
 * fontkit (inside pdfkit) imports npm `brotli` to read WOFF2 fonts: 475 KB of decoder the reports function never
 * runs (its font is a TTF). The alias swaps in Node's own Brotli, so every bundle stays under 1 MB.
 */
const BROTLI_SHIM = join(__dirname, '../../../apps/api/src/lambda/brotli')

/** The house Lambda: every default lives here so no function drifts from the others. */
export class NodeFunction extends Construct {
  readonly fn: NodejsFunction

  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    super(scope, id)
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.SIX_MONTHS })
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write to this log group and nothing else.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') })
    logGroup.grantWrite(role)
    const tracing = tracingFor(this)
    this.fn = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
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
      bundling: {
        forceDockerBundling: false,
        minify: true,
        sourceMap: true,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // The runtime ships SDK v3; esbuild's ESM output needs `require` for the CJS dependencies it inlines.
        externalModules: ['@aws-sdk/*'],
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        esbuildArgs: { '--alias:brotli': BROTLI_SHIM },
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_input: string, output: string) => copyCommands(props.files ?? {}, output),
        },
      },
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

function copyCommands(files: Record<string, string>, outputDir: string): string[] {
  return Object.entries(files).map(([target, source]) => {
    const to = join(outputDir, target)
    return `mkdir -p "${dirname(to)}" && cp "${source}" "${to}"`
  })
}

/** Lambda's X-Ray integration is not offered in the China regions (docs.amazonaws.cn, Lambda feature differences). */
function tracingFor(scope: Construct): Tracing {
  const region = Stack.of(scope).region
  const china = !Token.isUnresolved(region) && RegionInfo.get(region).partition === 'aws-cn'
  return china ? Tracing.DISABLED : Tracing.ACTIVE
}
