import { createHash } from 'node:crypto'
import { workerOpenCount } from '@jiayuan/db'
import type { AssemblyKit } from '../assembly/assembly-helpers'
import { paper } from '../assembly/assembly-helpers'
import { act, detail, reportOk, ticketsPath, uploadPhoto } from '../tickets/tickets-kit'

type Res = { status: number; body: any }

/**
 * One exactly-once write, as the fault-injection suite drives it: a fresh target, a request bound to one
 * idempotency key (sent as often as the test likes), and a read-back of everything the write may change.
 */
export interface Attempt {
  send(): Promise<Res>
  state(): Promise<unknown>
}

export interface Operation {
  name: string
  /** Success status of the first application. */
  created: number
  /**
   * The clean failure while DynamoDB fails, when it is not the generic 500: the ledger answers 503 with a retry
   * hint, since its postings carry their own id and a retry lands once.
   */
  unavailable?: Res
  prepare(): Promise<Attempt>
  /** The state after the write took effect once, given the state before. */
  once(before: any, after: any): void
  /** The answer to the same request sent again after it took effect. */
  replayed(res: Res): void
}

let serial = 0
const key = (label: string) => `rel-${label}-${Date.now().toString(36)}-${++serial}`

/** Filled in by the test's beforeAll; the operations read it only when they run. */
export interface OperationEnv {
  kit?: AssemblyKit
  tokens: Record<string, string>
  meetingId: string
}

export function operations(env: OperationEnv): Operation[] {
  const kit = () => {
    if (!env.kit) throw new Error('the harness is not started')
    return env.kit
  }
  const token = (name: string) => {
    const t = env.tokens[name]
    if (!t) throw new Error(`no token for ${name}`)
    return t
  }
  return [
    {
      name: 'report a ticket (tickets.create)',
      created: 201,
      async prepare() {
        const { h } = kit()
        const photoKey = await uploadPhoto(h, token('resident'))
        const idempotencyKey = key('report')
        const userId = (await h.request('GET', '/v1/me', { token: token('resident') })).body.user.userId as string
        const ticketId = createHash('sha256').update(`${userId}:${idempotencyKey}`).digest('hex').slice(0, 20)
        return {
          send: () =>
            h.request('POST', ticketsPath(h), {
              token: token('resident'),
              body: {
                category: 'repair',
                location: { kind: 'unit', unitId: 'b2-1-201' },
                description: '楼道灯不亮',
                photoKeys: [photoKey],
                idempotencyKey,
              },
            }),
          async state() {
            const seen = await detail(h, token('staff'), ticketId)
            const mine = await h.request('GET', ticketsPath(h, '/mine'), { token: token('resident') })
            const listed = mine.body.reported.filter((t: any) => t.ticket.ticketId === ticketId).length
            return { status: seen.status, events: seen.body?.events?.length ?? 0, listed }
          },
        }
      },
      once(before, after) {
        expect(before).toEqual({ status: 404, events: 0, listed: 0 })
        expect(after).toEqual({ status: 200, events: 1, listed: 1 })
      },
      replayed(res) {
        expect(res.status).toBe(201)
      },
    },
    {
      name: 'claim a ticket (tickets.act claim)',
      created: 200,
      async prepare() {
        const { h } = kit()
        const ticketId = await reportOk(h, token('resident'))
        const worker = (await h.request('GET', '/v1/me', { token: token('grid-a') })).body.user.userId as string
        return {
          send: () => act(h, token('grid-a'), ticketId, { type: 'claim' }),
          async state() {
            const seen = await detail(h, token('staff'), ticketId)
            const claims = seen.body.events.filter((e: { type: string }) => e.type === 'claim').length
            return {
              status: seen.body.ticket.status,
              assignee: seen.body.ticket.assigneeId ?? null,
              claims,
              openCount: await workerOpenCount(h.deps.db, h.compoundId, worker),
            }
          },
        }
      },
      once(before, after) {
        expect(before).toMatchObject({ status: 'submitted', assignee: null, claims: 0 })
        expect(after).toMatchObject({ status: 'accepted', claims: 1, openCount: before.openCount + 1 })
        expect(after.assignee).not.toBeNull()
      },
      replayed(res) {
        expect(res).toMatchObject({ status: 409, body: { error: { code: 'TicketAlreadyClaimed' } } })
      },
    },
    {
      name: 'vote (ballot.cast)',
      created: 201,
      async prepare() {
        const k = kit()
        const { h } = k
        const idempotencyKey = key('vote')
        const path = k.path(env.meetingId, '/ballots')
        return {
          send: () =>
            h.request('POST', path, { token: token('owner'), body: { choices: paper('yes'), idempotencyKey } }),
          async state() {
            const mine = await h.request('GET', k.path(env.meetingId, '/ballots/mine'), { token: token('owner') })
            return { ballots: mine.body.ballots.length }
          },
        }
      },
      once(before, after) {
        expect(after.ballots).toBe(before.ballots + 2)
      },
      replayed(res) {
        expect(res).toMatchObject({ status: 201, body: { replayed: true } })
      },
    },
    {
      name: 'post to the ledger (ledger.publicIncome.record)',
      created: 201,
      unavailable: {
        status: 503,
        body: {
          error: {
            code: 'LedgerUnavailable',
            message: '账本暂时无法记账，请过几秒再试',
            details: { retryAfterSeconds: 2 },
          },
        },
      },
      async prepare() {
        const { h } = kit()
        const idempotencyKey = key('post')
        const ledger = (rest: string) => `/v1/compounds/${h.compoundId}/ledger${rest}`
        return {
          send: () =>
            h.request('POST', ledger('/public-income'), {
              token: token('staff'),
              body: {
                category: 'parking',
                amountFen: 12_345,
                counterparty: '和谐停车管理有限公司',
                memo: '故障注入',
                idempotencyKey,
              },
            }),
          async state() {
            const chain = await h.request('GET', ledger('/chain?limit=1'), { token: token('staff') })
            return { headSeq: chain.body.head.seq as number }
          },
        }
      },
      once(before, after) {
        expect(after.headSeq).toBe(before.headSeq + 1)
      },
      replayed(res) {
        expect(res.status).toBe(201)
      },
    },
  ]
}
