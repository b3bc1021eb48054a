/**
 * AWS list prices the cost model assumes: US East (N. Virginia), on-demand, no free tier, as published on the
 * AWS pricing pages in 2025 (DynamoDB on-demand after the November 2024 price cut). The China regions
 * (Beijing, operated by Sinnet; Ningxia, by NWCD) publish their own CNY prices, which differ — check them
 * before quoting a compound. CNY figures convert at the rate below.
 */
export const PRICES = {
  asOf: '2025 (us-east-1 list prices)',
  cnyPerUsd: 7.2,
  dynamoWriteRequestUnitsPerMillion: 0.625,
  dynamoReadRequestUnitsPerMillion: 0.125,
  dynamoStorageGbMonth: 0.25,
  lambdaGbSecondArm: 0.0000133334,
  lambdaRequestsPerMillion: 0.2,
  httpApiRequestsPerMillion: 1.0,
  s3StandardGbMonth: 0.023,
  s3PutPerThousand: 0.005,
  s3GetPerThousand: 0.0004,
  cloudWatchLogsIngestGb: 0.5,
} as const

/** Lambda memory of every function (infra/lib/constructs/node-function.ts). */
export const LAMBDA_GB = 0.5

/**
 * A 1,000-household compound in an ordinary month. Route ids map to requests per month; routes the bench
 * measures stand in for their siblings (a claim for every ticket step, a ledger page for every ledger view).
 */
export const HOUSEHOLDS = 1_000
export const USAGE = {
  description:
    'each household opens the app 20 times a month (compound + my tickets), reports 0.3 problems (2 photos, 5 views each), ' +
    'goes through ~5 ticket steps per report (claim as proxy), views the ledger twice, reads a motion 0.5 times and votes 0.15 times ' +
    '(two assemblies a year at ~90% turnout); 10 grid workers check their queue 10 times a day; staff post 1,100 ledger entries ' +
    '(fees and income); the committee reads the roll 10 times',
  requests: {
    'compound.get': 20 * HOUSEHOLDS,
    'tickets.mine': 20 * HOUSEHOLDS,
    'tickets.create': 0.3 * HOUSEHOLDS,
    'tickets.get': 0.3 * 5 * HOUSEHOLDS,
    'tickets.act': 0.3 * 5 * HOUSEHOLDS,
    'upload.create': 0.3 * 2 * HOUSEHOLDS,
    'tickets.queue': 10 * 10 * 30,
    'compound.units': 0.3 * HOUSEHOLDS,
    'ledger.lines': 2 * HOUSEHOLDS,
    'meeting.get': 0.5 * HOUSEHOLDS,
    'ballot.cast': 0.15 * HOUSEHOLDS,
    'ledger.publicIncome.record': 1_100,
    'roll.get': 10,
  } as Record<string, number>,
  photoKb: 300,
  photosPerTicket: 2,
  /** Months of photos kept in S3 when the month is costed (storage accumulates). */
  photoMonthsKept: 12,
  /** DynamoDB data held: items of a year's activity at ~1 KB, generous. */
  tableGb: 0.5,
  /** Lambda platform log lines per invocation (START/END/REPORT), bytes. */
  logBytesPerInvocation: 400,
}
