import { Match, Template } from 'aws-cdk-lib/assertions'
import { CONTEXTS, endpoints } from '@jiayuan/contracts'
import { routedContexts, routes } from '../lib/routes'
import { synthApp } from './helpers'

const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`

describe('api stack', () => {
  const template = Template.fromStack(synthApp({ region: 'eu-west-1', corsOrigins: 'https://h5.example.org' }).api)

  it('has one arm64 nodejs22.x function per context that has endpoints', () => {
    expect(routedContexts).toContain('identity')
    template.resourceCountIs('AWS::Lambda::Function', routedContexts.length)
    template.allResourcesProperties('AWS::Lambda::Function', { Runtime: 'nodejs22.x', Architectures: ['arm64'] })
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', routedContexts.length)
  })

  it('gives every context of the contracts its own function, the check-in context (care, H3) included', () => {
    expect([...routedContexts].sort()).toEqual([...CONTEXTS].sort())
    expect(routes.filter((r) => r.context === 'care').map((r) => r.path)).toContain(
      '/v1/compounds/{compoundId}/care/plans/{elderId}/check-in',
    )
  })

  it('gives the identity function time for a large roll import, every other function 10 s', () => {
    const timeouts = Object.values(template.findResources('AWS::Lambda::Function')).map(
      (f) => f.Properties.Timeout as number,
    )
    expect(timeouts.filter((t) => t === 29)).toHaveLength(1)
    expect(timeouts.filter((t) => t === 10)).toHaveLength(routedContexts.length - 1)
    expect(Math.max(...timeouts)).toBeLessThan(30)
  })

  it('routes every endpoint of the contracts, and the OpenAPI document', () => {
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey)
    const expected = [...endpoints.filter((e) => e.access.kind !== 'dev'), { method: 'get', path: '/v1/openapi.json' }]
    expect(keys.sort()).toEqual(expected.map(routeKey).sort())
    expect(routes.map(routeKey).sort()).toEqual(keys.sort())
  })

  it('never routes the dev-login endpoints', () => {
    const devRoutes = endpoints.filter((e) => e.access.kind === 'dev').map(routeKey)
    expect(devRoutes.length).toBeGreaterThan(0)
    for (const key of devRoutes) template.resourcePropertiesCountIs('AWS::ApiGatewayV2::Route', { RouteKey: key }, 0)
  })

  it('gives functions the environment the API config reads, and no DEV_LOGIN', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function'))
    for (const variables of functions.map((f) => f.Properties.Environment.Variables)) {
      const { REPORT_FONT_FILE: fontFile, OPENAPI_FILE: openapiFile, ...rest } = variables
      expect(Object.keys(rest).sort()).toEqual([
        'BUCKET_NAME',
        'CORS_ORIGINS',
        'NODE_OPTIONS',
        'SHARE_LINK_SECRET_ARN',
        'STAGE',
        'TABLE_NAME',
        'TOKEN_SECRET_ARN',
        'WECHAT_APP_ID',
        'WECHAT_APP_SECRET_ARN',
      ])
      expect(variables).toMatchObject({ STAGE: 'prod', CORS_ORIGINS: 'https://h5.example.org' })
      if (fontFile !== undefined) expect(fontFile).toBe('/var/task/fonts/noto-sans-sc-report.ttf')
      if (openapiFile !== undefined) expect(openapiFile).toBe('/var/task/openapi.json')
    }
    // Only the function that writes PDFs carries the font: documents (report, poster, receipt, certificate). It also
    // serves /v1/openapi.json, from the document infra writes beside its bundle.
    const documents = functions.filter((f) => f.Properties.Environment.Variables.REPORT_FONT_FILE)
    expect(documents).toHaveLength(1)
    expect(functions.filter((f) => f.Properties.Environment.Variables.OPENAPI_FILE)).toEqual(documents)
  })

  it('generates 48-character token and share-link keys and a WeChat secret for the operator to fill', () => {
    template.resourceCountIs('AWS::SecretsManager::Secret', 3)
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    })
    template.hasOutput('WechatAppSecretArn', {})
  })

  it('uses no managed policy and never allows Scan', () => {
    template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() })
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('dynamodb:Scan')
  })

  it('writes access logs, traces with X-Ray and answers CORS preflights for the H5 origins', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    })
    template.allResourcesProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } })
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://h5.example.org'] }),
    })
  })

  it('uses an existing WeChat secret when one is named', () => {
    const named = Template.fromStack(synthApp({ wechatSecretName: 'jiayuan/wechat' }).api)
    // The token and share-link keys only.
    named.resourceCountIs('AWS::SecretsManager::Secret', 2)
    const [fn] = Object.values(named.findResources('AWS::Lambda::Function'))
    const arn = fn?.Properties.Environment.Variables.WECHAT_APP_SECRET_ARN
    expect(JSON.stringify(arn)).toContain(':secret:jiayuan/wechat')
  })

  it('gives the WeChat Pay secret to the ledger function alone when a merchant is configured (F12)', () => {
    const paid = Template.fromStack(
      synthApp({ wechatPayMchId: '1900000109', wechatPayMchSerial: '5157F09EFDC096DE15EBE81A47057A72' }).api,
    )
    paid.resourceCountIs('AWS::SecretsManager::Secret', 4)
    const fns = Object.values(paid.findResources('AWS::Lambda::Function'))
    const holders = fns.filter((f) => f.Properties.Environment.Variables.WECHAT_PAY_SECRET_ARN !== undefined)
    expect(holders).toHaveLength(1)
    expect(holders[0]?.Properties.Environment.Variables.WECHAT_PAY_MCH_ID).toBe('1900000109')
    // The receipt's PDF is printed by the documents function, which holds no merchant key.
    expect(holders[0]?.Properties.Environment.Variables.REPORT_FONT_FILE).toBeUndefined()
  })
})
