import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway'
import { CorsHttpMethod, HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2'
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs'
import { Construct } from 'constructs'

export interface LoggedHttpApiProps {
  /** Browser origins of the H5 build; the gateway answers their preflights. Empty means no CORS. */
  corsOrigins: readonly string[]
}

// HTTP API context variables; one JSON line per request, no bodies or headers (they carry personal data).
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
)

/** An HTTP API whose one stage writes access logs and is throttled, so a runaway client cannot run up the bill. */
export class LoggedHttpApi extends Construct {
  readonly api: HttpApi
  readonly stage: HttpStage

  constructor(scope: Construct, id: string, props: LoggedHttpApiProps) {
    super(scope, id)
    this.api = new HttpApi(this, 'Api', {
      createDefaultStage: false,
      corsPreflight:
        props.corsOrigins.length === 0
          ? undefined
          : {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.ANY],
              allowHeaders: ['authorization', 'content-type'],
            },
    })
    const logs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.SIX_MONTHS })
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(logs), format: accessLogFormat },
      throttle: { rateLimit: 100, burstLimit: 200 },
    })
  }
}
