import { instrumentDb, type DbFault, type DbProbe } from '@jiayuan/db'
import { startAssembly, type AssemblyKit } from '../assembly/assembly-helpers'
import { operations, type Operation, type OperationEnv } from './operations'
import { GENERIC_500 } from './routes'

/**
 * DynamoDB failing under an exactly-once write (claim, report, vote, ledger posting): the Nth write command
 * fails with throttling or an internal error, as if the SDK's own retries were spent. The request must answer
 * at once with the generic 500 (or the operation's own 503 with a retry hint, or succeed, if the repository
 * retried the write itself), leave no partial state, and the same request sent again must take effect exactly once.
 */

const ERRORS: Array<DbFault['error']> = ['throttle', 'internal']
/** A failed write must be answered promptly: well inside the Lambda timeout (10 s, infra node-function.ts). */
const PROMPT_MS = 5_000

let k: AssemblyKit
let probe: DbProbe
const env: OperationEnv = { tokens: {}, meetingId: '' }
const ops = operations(env)
const outcomes: string[] = []

beforeAll(async () => {
  k = await startAssembly()
  env.kit = k
  env.meetingId = (await k.opened()).meetingId
  // The test clock stands still from here, so these tokens stay valid for the whole file.
  for (const name of ['resident', 'grid-a', 'staff', 'owner']) env.tokens[name] = await k.as(name)
  probe = instrumentDb(k.h.deps.db)
})
afterAll(async () => {
  probe.detach()
  await k.h.close()
  console.log(`fault injection:\n  ${outcomes.join('\n  ')}`)
})

async function writeSteps(op: Operation): Promise<number> {
  const attempt = await op.prepare()
  probe.reset()
  const res = await attempt.send()
  expect(res.status).toBe(op.created)
  return probe.writes()
}

async function faultAt(op: Operation, fault: DbFault): Promise<string> {
  const attempt = await op.prepare()
  const before = await attempt.state()
  probe.failWrites(fault)
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PROMPT_MS)))
  const res = await Promise.race([attempt.send(), late]).finally(() => {
    clearTimeout(timer)
    probe.clearFaults()
  })
  const ms = Date.now() - started
  if (res === null)
    throw new Error(`${op.name}: no answer within ${PROMPT_MS} ms while DynamoDB fails (${JSON.stringify(fault)})`)
  let outcome: string
  if (res.status >= 500) {
    expect(res).toEqual(op.unavailable ?? { status: 500, body: GENERIC_500 })
    expect(await attempt.state()).toEqual(before)
    const retried = await attempt.send()
    expect(retried.status).toBe(op.created)
    outcome = `${res.status} in ${ms} ms, nothing written; retry ${retried.status}`
  } else {
    // The repository retried the failed write itself (the ledger's appender does): it took effect once.
    expect(res.status).toBe(op.created)
    outcome = `${res.status} in ${ms} ms (the write was retried inside the request)`
  }
  const after = await attempt.state()
  op.once(before, after)
  const again = await attempt.send()
  op.replayed(again)
  expect(await attempt.state()).toEqual(after)
  return `${outcome}; again ${again.status}`
}

describe('fault injection at each write step of the exactly-once writes', () => {
  it.each(ops.map((op) => [op.name, op] as const))(
    '%s: every write step, throttled or failing, fails cleanly and a retry lands once',
    async (_, op) => {
      const steps = await writeSteps(op)
      expect(steps).toBeGreaterThan(0)
      for (let nth = 1; nth <= steps; nth++) {
        for (const error of ERRORS)
          outcomes.push(`${op.name}, write ${nth}/${steps}, ${error}: ${await faultAt(op, { nth, error })}`)
      }
      // One throttled HTTP attempt inside the SDK's retry loop: the SDK backs off and the write lands once.
      outcomes.push(
        `${op.name}, one throttled attempt: ${await faultAt(op, { nth: 1, error: 'throttle', level: 'attempt' })}`,
      )
    },
  )
})

describe('sustained throttling (every write fails until it stops)', () => {
  for (const op of ops) {
    const answer = op.unavailable ? `${op.unavailable.status} with a retry hint` : 'the generic 500'
    it(`${op.name}: answers ${answer} within ${PROMPT_MS} ms, and a retry afterwards lands once`, async () => {
      outcomes.push(
        `${op.name}, sustained throttling: ${await faultAt(op, { nth: 1, times: Number.MAX_SAFE_INTEGER, error: 'throttle' })}`,
      )
    })
  }
})
