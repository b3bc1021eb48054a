import fs from 'node:fs'
import path from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Deps } from '../deps'
import { createApp } from '../http/app'
import { serveOpenApi } from '../http/openapi'
import { allRoutes } from '../routes'

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/**
 * The whole API in one Node process (every context), plus the H5 build when `staticDir` is given, so the
 * app and the API share one origin locally.
 */
export async function startApiServer(
  deps: Deps,
  options: { port: number; host?: string; staticDir?: string },
): Promise<RunningServer> {
  const app = createApp(allRoutes, deps, { openapi: serveOpenApi })
  const staticDir = options.staticDir
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    const root = path.relative(process.cwd(), staticDir)
    app.use('/*', serveStatic({ root }))
    app.get('*', serveStatic({ root, path: 'index.html' }))
  }
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) => {
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}
