import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib'
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb'
import type { IFunction } from 'aws-cdk-lib/aws-lambda'
import { Bucket } from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'
import { apiDocument, type Context } from '@jiayuan/contracts'
import { addContractRoutes } from './api-routes'
import { ApiSecrets } from './api-secrets'
import type { InfraConfig } from './config'
import { LoggedHttpApi } from './constructs/http-api'
import { LAMBDA_TASK_ROOT, NodeFunction, type NodeFunctionProps } from './constructs/node-function'
import { REPORT_FONT, entryFile } from './lambda-entries'
import { routedContexts } from './routes'

export interface ApiStackProps extends StackProps {
  config: Pick<
    InfraConfig,
    'corsOrigins' | 'h5Base' | 'wechatAppId' | 'wechatSecretName' | 'wechatPayMchId' | 'wechatPayMchSerial'
  >
  table: ITableV2
  /** Imported by name: see files-bucket.ts. */
  bucketName: string
  /** Holds `<context>.ts` for every context that has endpoints. */
  entryDir: string
}

/** The HTTP API and one function per bounded context, wired from the contracts' endpoint list. */
export class ApiStack extends Stack {
  readonly http: LoggedHttpApi
  /** What every function of the deployment needs to start: the API's secrets and settings. */
  readonly functionSettings: Pick<NodeFunctionProps, 'secrets' | 'environment'>

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props)
    const { config, table } = props
    const bucket = Bucket.fromBucketName(this, 'Files', props.bucketName)
    const secrets = new ApiSecrets(this, 'Secrets', { wechatSecretName: config.wechatSecretName })
    this.http = new LoggedHttpApi(this, 'Http', { corsOrigins: config.corsOrigins })

    this.functionSettings = {
      secrets: {
        TOKEN_SECRET_ARN: secrets.token,
        SHARE_LINK_SECRET_ARN: secrets.shareLink,
        WECHAT_APP_SECRET_ARN: secrets.wechatAppSecret,
      },
      environment: apiEnvironment(config),
    }

    // WeChat Pay (F12): only the ledger function holds the merchant's keys and may read their secret.
    const pay =
      config.wechatPayMchId && config.wechatPayMchSerial
        ? {
            secrets: { ...this.functionSettings.secrets, WECHAT_PAY_SECRET_ARN: secrets.wechatPaySecret() },
            environment: {
              ...this.functionSettings.environment,
              WECHAT_PAY_MCH_ID: config.wechatPayMchId,
              WECHAT_PAY_MCH_SERIAL: config.wechatPayMchSerial,
              WECHAT_PAY_NOTIFY_BASE: this.http.stage.url,
            },
          }
        : undefined

    const functions = new Map<Context, IFunction>()
    for (const context of routedContexts) {
      const extra = contextFiles[context]
      const { fn } = new NodeFunction(this, pascal(context), {
        entry: entryFile(props.entryDir, `${context}.ts`),
        table,
        bucket,
        ...this.functionSettings,
        ...(contextTimeouts[context] ? { timeoutSeconds: contextTimeouts[context] } : {}),
        ...(context === 'ledger' && pay ? pay : {}),
        ...(extra
          ? {
              files: extra.files,
              made: extra.made,
              environment: {
                ...(context === 'ledger' && pay ? pay.environment : this.functionSettings.environment),
                ...extra.environment,
              },
            }
          : {}),
      })
      functions.set(context, fn)
    }
    addContractRoutes(this.http.api, functions)

    new CfnOutput(this, 'ApiUrl', { value: this.http.stage.url })
    new CfnOutput(this, 'WechatAppSecretArn', { value: secrets.wechatAppSecret.secretArn })
  }
}

/**
 * Contexts whose longest request outlasts the default 10 s. identity: a roll import of 2,000 units took 7.6–7.9 s
 * on DynamoDB Local (issue #12); a large compound's file must not be cut off halfway, so it gets the HTTP API's
 * 29 s (the gateway stops waiting at 30 s).
 */
const contextTimeouts: Partial<Record<Context, number>> = { identity: 29 }

/** Files a context's code reads at run time, copied or made beside its bundle, and the settings that name them. */
type ContextFiles = Required<Pick<NodeFunctionProps, 'files' | 'environment'>> & Pick<NodeFunctionProps, 'made'>
const contextFiles: Partial<Record<Context, ContextFiles>> = {
  // The documents function prints every PDF — the monthly report, the lobby poster, the electronic receipt and the
  // volunteer certificate — with the report font (apps/api/src/exports/pdf/report-font.ts), and serves
  // /v1/openapi.json from the document built here from the contracts (apps/api/src/http/openapi-file.ts), so
  // its cold start loads no contract its routes do not use (issue #17).
  documents: {
    files: { [`fonts/${REPORT_FONT.name}`]: REPORT_FONT.file },
    made: { 'openapi.json': () => JSON.stringify(apiDocument()) },
    environment: {
      REPORT_FONT_FILE: `${LAMBDA_TASK_ROOT}/fonts/${REPORT_FONT.name}`,
      OPENAPI_FILE: `${LAMBDA_TASK_ROOT}/openapi.json`,
    },
  },
}

/** Read by apps/api/src/config.ts. The gateway answers CORS preflights; the function repeats the same origins. */
function apiEnvironment(config: ApiStackProps['config']): Record<string, string> {
  const env: Record<string, string> = { WECHAT_APP_ID: config.wechatAppId }
  if (config.corsOrigins.length > 0) env.CORS_ORIGINS = config.corsOrigins.join(',')
  if (config.h5Base) env.H5_BASE_URL = config.h5Base
  return env
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
