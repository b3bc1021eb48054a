import type { RouteCalls } from './call-counts'
import { LAMBDA_GB, PRICES, USAGE } from './prices'

export interface CostLine {
  item: string
  quantity: string
  usd: number
}

export interface CostModel {
  lines: CostLine[]
  usd: number
  cny: number
  requests: number
}

/** Scheduled functions (infra/lib/scheduled-jobs.ts): runs a month, and DynamoDB reads per run for one compound. */
const JOBS = [
  { id: 'SLA sweep (every 5 min)', runs: 12 * 24 * 30, reads: 2 },
  { id: 'ticket outbox (every min)', runs: 60 * 24 * 30, reads: 1 },
  { id: 'ledger checkpoint (daily)', runs: 30, reads: 3 },
]
const JOB_MS = 100

/**
 * The month of a 1,000-household compound (prices.ts), from the DynamoDB calls counted per route and the
 * request latency measured under load (standing in for Lambda duration).
 */
export function costModel(calls: readonly RouteCalls[], p50ByRoute: ReadonlyMap<string, number>): CostModel {
  const measuredP50 = [...p50ByRoute.values()].sort((a, b) => a - b)
  const typicalMs = measuredP50[Math.floor(measuredP50.length / 2)] ?? 50
  let requests = 0
  let readUnits = 0
  let writeUnits = 0
  let gbSeconds = 0
  for (const [id, perMonth] of Object.entries(USAGE.requests)) {
    const c = calls.find((r) => r.id === id)
    requests += perMonth
    // Not measured (e.g. a presign): one strongly consistent read, as a floor.
    readUnits += perMonth * (c ? (c.readUnits ?? c.reads) : 1)
    // Transactional writes cost two units per item; without a measure, assume one transaction of three items.
    writeUnits += perMonth * (c ? (c.writeUnits ?? c.writes * 6) : 0)
    gbSeconds += perMonth * LAMBDA_GB * ((p50ByRoute.get(id) ?? typicalMs) / 1000)
  }
  const jobRuns = JOBS.reduce((n, j) => n + j.runs, 0)
  readUnits += JOBS.reduce((n, j) => n + j.runs * j.reads, 0)
  gbSeconds += jobRuns * LAMBDA_GB * (JOB_MS / 1000)
  const tickets = USAGE.requests['tickets.create'] ?? 0
  const views = USAGE.requests['tickets.get'] ?? 0
  const photoPuts = tickets * USAGE.photosPerTicket
  const photoGets = views * USAGE.photosPerTicket
  const photoGb = (photoPuts * USAGE.photoKb * USAGE.photoMonthsKept) / 1024 / 1024
  const invocations = requests + jobRuns
  const logGb = (invocations * USAGE.logBytesPerInvocation) / 1024 ** 3
  const m = (n: number) => `${(n / 1e6).toFixed(3)} M`
  const lines: CostLine[] = [
    {
      item: 'API Gateway HTTP API requests',
      quantity: m(requests),
      usd: (requests / 1e6) * PRICES.httpApiRequestsPerMillion,
    },
    {
      item: 'Lambda requests (API + scheduled)',
      quantity: m(invocations),
      usd: (invocations / 1e6) * PRICES.lambdaRequestsPerMillion,
    },
    {
      item: 'Lambda compute (arm64, 512 MB)',
      quantity: `${gbSeconds.toFixed(0)} GB-s`,
      usd: gbSeconds * PRICES.lambdaGbSecondArm,
    },
    {
      item: 'DynamoDB read request units',
      quantity: m(readUnits),
      usd: (readUnits / 1e6) * PRICES.dynamoReadRequestUnitsPerMillion,
    },
    {
      item: 'DynamoDB write request units',
      quantity: m(writeUnits),
      usd: (writeUnits / 1e6) * PRICES.dynamoWriteRequestUnitsPerMillion,
    },
    { item: 'DynamoDB storage', quantity: `${USAGE.tableGb} GB`, usd: USAGE.tableGb * PRICES.dynamoStorageGbMonth },
    {
      item: `S3 photos stored (${USAGE.photoMonthsKept} months)`,
      quantity: `${photoGb.toFixed(2)} GB`,
      usd: photoGb * PRICES.s3StandardGbMonth,
    },
    {
      item: 'S3 PUT + GET',
      quantity: `${photoPuts.toFixed(0)} + ${photoGets.toFixed(0)}`,
      usd: (photoPuts / 1000) * PRICES.s3PutPerThousand + (photoGets / 1000) * PRICES.s3GetPerThousand,
    },
    {
      item: 'CloudWatch Logs ingestion',
      quantity: `${(logGb * 1024).toFixed(1)} MB`,
      usd: logGb * PRICES.cloudWatchLogsIngestGb,
    },
  ]
  const usd = lines.reduce((n, l) => n + l.usd, 0)
  return { lines, usd, cny: usd * PRICES.cnyPerUsd, requests }
}
