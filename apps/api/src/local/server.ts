import fs from 'node:fs'
import path from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Deps } from '../deps'
import { createApp } from '../http/app'
import { h5ContentSecurityPolicy } from '../http/h5-csp'
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
  // Rate limits count by the socket's peer address: a local run has no proxy in front to trust.
  const clientIp = (c: Parameters<typeof getConnInfo>[0]) => getConnInfo(c).remote.address ?? 'unknown'
  const app = createApp(allRoutes, deps, { openapi: serveOpenApi, clientIp })
  const staticDir = options.staticDir
  const indexFile = staticDir ? path.join(staticDir, 'index.html') : ''
  if (staticDir && fs.existsSync(indexFile)) {
    const root = path.relative(process.cwd(), staticDir)
    const files = deps.config.S3_PUBLIC_ENDPOINT ?? deps.config.S3_ENDPOINT
    const csp = h5ContentSecurityPolicy(fs.readFileSync(indexFile, 'utf8'), files ? [new URL(files).origin] : [])
    app.use('/*', async (c, next) => {
      await next()
      if (!c.req.path.startsWith('/v1/')) c.header('Content-Security-Policy', csp)
    })
    app.use('/*', serveStatic({ root }))
    app.get('*', serveStatic({ root, path: 'index.html' }))
  }
  const host = options.host ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) => {
      server.off('error', reject)
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
    // A port already taken is the caller's to handle (pick another), not an unhandled 'error' that ends the process.
    server.once('error', reject)
  })
}
