import { Validations } from 'aws-cdk-lib'
import { HttpMethod, type HttpApi } from 'aws-cdk-lib/aws-apigatewayv2'
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations'
import type { IFunction } from 'aws-cdk-lib/aws-lambda'
import type { Context } from '@jiayuan/contracts'
import { routes } from './routes'

const authReason =
  'Callers are authenticated in the function: one wrapper verifies the bearer token and checks the ' +
  "caller's role in the compound named by the path, which a gateway authorizer cannot see; " +
  'health and WeChat login are public by design.'

/** One gateway route per contract route (method + path), integrated with its context's function. */
export function addContractRoutes(api: HttpApi, functions: ReadonlyMap<Context, IFunction>): void {
  const integrations = new Map<Context, HttpLambdaIntegration>()
  for (const [context, fn] of functions) {
    // One invoke permission per function, not per route, keeps its resource policy under the size limit.
    const integration = new HttpLambdaIntegration(`${context}-integration`, fn, { scopePermissionToRoute: false })
    integrations.set(context, integration)
  }
  for (const route of routes) {
    const integration = integrations.get(route.context)
    if (!integration) throw new Error(`no function for context ${route.context}`)
    const [added] = api.addRoutes({ path: route.path, methods: [httpMethod(route.method)], integration })
    if (added) Validations.of(added).acknowledge({ id: 'AwsSolutions::AwsSolutions-APIG4', reason: authReason })
  }
}

function httpMethod(method: string): HttpMethod {
  const value = HttpMethod[method.toUpperCase() as keyof typeof HttpMethod]
  if (value === undefined) throw new Error(`unsupported HTTP method ${method}`)
  return value
}
