import { handle } from 'hono/aws-lambda'
import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { createApp, type AppOptions } from '../http/app'
import type { Route } from '../http/route'
import { isBinaryAnswer } from './binary-types'

type LambdaHandler = ReturnType<typeof handle>

/**
 * One Lambda per bounded context: the same wrapper, only the routes its entry file imports. The entry passes its
 * own context's routes (not a lookup in routes.ts), so esbuild bundles no other context's code (issue #7).
 */
export function makeHandler(routes: readonly unknown[], options: AppOptions = {}): LambdaHandler {
  const ready = createDeps(configFromEnv()).then((deps) =>
    handle(createApp(routes as readonly Route[], deps, options), { isContentTypeBinary: isBinaryAnswer }),
  )
  return (async (event: unknown, lambdaContext: unknown) =>
    (await ready)(event as never, lambdaContext as never)) as LambdaHandler
}
