import { handle } from 'hono/aws-lambda'
import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { createApp, type AppOptions } from '../http/app'
import type { Route } from '../http/route'
import { tooLargeBody } from '../http/transport'
import { isBinaryAnswer } from './binary-types'

type LambdaHandler = ReturnType<typeof handle>

/**
 * One Lambda per bounded context: the same wrapper, only the routes its entry file imports. The entry passes its
 * own context's routes (not a lookup in routes.ts), so esbuild bundles no other context's code (issue #7).
 */
export function makeHandler(routes: readonly unknown[], options: AppOptions = {}): LambdaHandler {
  const config = configFromEnv()
  const ready = createDeps(config).then((deps) =>
    handle(createApp(routes as readonly Route[], deps, { clientIp: gatewayIp, ...options }), {
      isContentTypeBinary: isBinaryAnswer,
    }),
  )
  return (async (event: unknown, lambdaContext: unknown) => {
    // A body over the limit is refused before it is decoded or copied into a Request (issue 15 item 8).
    if (eventBodyBytes(event) > config.MAX_BODY_BYTES)
      return {
        statusCode: 413,
        headers: { 'content-type': 'application/json', 'x-content-type-options': 'nosniff' },
        body: JSON.stringify(tooLargeBody(config.MAX_BODY_BYTES)),
        isBase64Encoded: false,
      }
    return (await ready)(event as never, lambdaContext as never)
  }) as LambdaHandler
}

interface GatewayEvent {
  body?: string | null
  isBase64Encoded?: boolean
  requestContext?: { http?: { sourceIp?: string } }
}

/** The body's size in bytes as the HTTP API delivered it (base64 when binary). */
export function eventBodyBytes(event: unknown): number {
  const { body, isBase64Encoded } = (event ?? {}) as GatewayEvent
  if (!body) return 0
  return isBase64Encoded ? Math.floor((body.length * 3) / 4) : Buffer.byteLength(body, 'utf8')
}

/** The caller's address as API Gateway saw it (not a header the client could set). */
const gatewayIp: NonNullable<AppOptions['clientIp']> = (c) =>
  (c.env as { event?: GatewayEvent } | undefined)?.event?.requestContext?.http?.sourceIp ?? 'unknown'
