import { handle } from 'hono/aws-lambda'
import type { Context } from '@jiayuan/contracts'
import { configFromEnv } from '../config'
import { createDeps } from '../create-deps'
import { createApp } from '../http/app'
import { routesByContext } from '../routes'

type LambdaHandler = ReturnType<typeof handle>

/** One Lambda per bounded context: the same wrapper, only that context's routes. */
export function makeHandler(context: Context): LambdaHandler {
  const ready = createDeps(configFromEnv()).then((deps) => handle(createApp(routesByContext[context] ?? [], deps)))
  return (async (event: unknown, lambdaContext: unknown) => (await ready)(event as never, lambdaContext as never)) as LambdaHandler
}
