import { randomUUID } from 'node:crypto'
import { LEDGER_LINES_PAGE, MY_TICKETS_PAGE, QUEUE_PAGE, ROLL_PAGE } from '@jiayuan/contracts'
import type { RawOp } from './raw-dynamo'
import type { BenchPersona, Fixture, Session } from './stack-fixture'

/**
 * The API workload: what residents, grid workers, staff and the committee do most. Each route is compared
 * with the raw DynamoDB operation closest to what it has to do. `[<id>]` in a body becomes a fresh id per
 * request (autocannon's idReplacement), so every create is a new create.
 */
export interface LoadRoute {
  id: string
  kind: 'read' | 'write'
  persona: BenchPersona
  /** Several people taking turns, request by request. */
  rotate?(f: Fixture): Session[]
  method: 'GET' | 'POST'
  raw: RawOp
  path(f: Fixture): string
  body?(f: Fixture): unknown
  /** Set up just before the route is measured, and undone just after (people who join for it). */
  around?(f: Fixture): { before(): Promise<void>; after(): Promise<void> }
  /** Requests that need a fresh target each time (a claim takes an unclaimed ticket). */
  perRequestPath?(f: Fixture): () => string | undefined
  /**
   * What the person does just before each request, unmeasured, when the app only offers the request there: a
   * claim is made on the ticket's page, so the page is opened first.
   */
  opens?(f: Fixture, path: string): Promise<void>
  /**
   * A call the route makes outside DynamoDB, to a third party's stand-in on this machine, sent with its calls alone
   * alongside the first of them, as the route makes it (a report's photo check: HeadObject on the local S3).
   */
  outside?(f: Fixture): () => Promise<unknown>
}

const c = (f: Fixture) => `/v1/compounds/${f.compoundId}`

/** A body with each `[<id>]` made fresh, for a request sent outside autocannon (which does it for the load). */
export const withFreshIds = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replaceAll('[<id>]', randomUUID().slice(0, 12))) as unknown

/** Tickets reported during the run and not yet claimed: each claim takes one off the front. */
export const reportedTickets: string[] = []

export const WORKLOAD: LoadRoute[] = [
  { id: 'compound.get', kind: 'read', persona: 'resident', method: 'GET', raw: 'GetItem', path: (f) => c(f) },
  // The first page of 我的, as the phone asks for it.
  {
    id: 'tickets.mine',
    kind: 'read',
    persona: 'resident',
    method: 'GET',
    raw: 'Query',
    path: (f) => `${c(f)}/tickets/mine?limit=${MY_TICKETS_PAGE.phone}`,
  },
  {
    id: 'tickets.queue',
    kind: 'read',
    persona: 'grid-a',
    method: 'GET',
    raw: 'Query',
    // The first screen, as the phone asks for it.
    path: (f) => `${c(f)}/tickets/queue?limit=${QUEUE_PAGE.phone}`,
  },
  {
    id: 'compound.units',
    kind: 'read',
    persona: 'resident',
    method: 'GET',
    raw: 'Query',
    path: (f) => `${c(f)}/units`,
  },
  // The first page, as the phone asks for it (a page of the roll, then 加载更多).
  {
    id: 'roll.get',
    kind: 'read',
    persona: 'committee',
    method: 'GET',
    raw: 'Query',
    path: (f) => `${c(f)}/roll?limit=${ROLL_PAGE.phone}`,
  },
  {
    id: 'ledger.lines',
    kind: 'read',
    persona: 'owner',
    method: 'GET',
    raw: 'Query',
    path: (f) => `${c(f)}/ledger/entries?order=newest&limit=${LEDGER_LINES_PAGE.phone}`,
  },
  {
    id: 'meeting.get',
    kind: 'read',
    persona: 'owner',
    method: 'GET',
    raw: 'Query',
    path: (f) => `${c(f)}/meetings/${f.meetingId}`,
  },
  {
    id: 'tickets.create',
    kind: 'write',
    persona: 'resident',
    method: 'POST',
    raw: 'TransactWriteItems',
    path: (f) => `${c(f)}/tickets`,
    body: (f) => ({
      category: 'repair',
      location: { kind: 'unit', unitId: 'b2-1-201' },
      description: '楼道灯不亮（压测）',
      photoKeys: [f.photoKey],
      idempotencyKey: 'bench-[<id>]',
    }),
    outside: (f) => () => f.fileExists(f.photoKey),
  },
  {
    id: 'tickets.act',
    kind: 'write',
    persona: 'grid-a',
    // The grid's workers taking turns (`Fixture.workers`), each claiming from one phone.
    rotate: (f) => f.workers,
    around: (f) => ({ before: () => f.onDuty(true), after: () => f.onDuty(false) }),
    method: 'POST',
    raw: 'TransactWriteItems',
    path: (f) => `${c(f)}/tickets/${reportedTickets[0] ?? 'none'}/actions`,
    body: () => ({ type: 'claim' }),
    perRequestPath: (f) => () => {
      const id = reportedTickets.shift()
      return id === undefined ? undefined : `${c(f)}/tickets/${id}/actions`
    },
    // 认领 is a button of the ticket's page only (the queue's rows open the page): the worker reads the ticket,
    // then claims it, and the claim is measured as it comes after its page on a warm instance.
    opens: async (f, path) => {
      const page = await f.call('GET', path.replace(/^\/v1/, '').replace(/\/actions$/, ''), 'grid-a')
      if (page.status !== 200) throw new Error(`tickets.act: the ticket's page answered ${page.status}`)
    },
  },
  {
    id: 'ballot.cast',
    kind: 'write',
    persona: 'owner',
    // Owners taking turns (`Fixture.voters`), each voting from one phone.
    rotate: (f) => f.voters,
    method: 'POST',
    raw: 'TransactWriteItems',
    path: (f) => `${c(f)}/meetings/${f.meetingId}/ballots`,
    body: (f) => ({
      choices: f.motionIds.map((motionId) => ({ motionId, choice: 'yes' })),
      idempotencyKey: 'bench-[<id>]',
    }),
  },
  {
    id: 'ledger.publicIncome.record',
    kind: 'write',
    persona: 'staff',
    method: 'POST',
    raw: 'TransactWriteItems',
    path: (f) => `${c(f)}/ledger/public-income`,
    body: () => ({
      category: 'parking',
      amountFen: 1_000,
      counterparty: '和谐停车管理有限公司',
      memo: '压测',
      idempotencyKey: 'bench-[<id>]',
    }),
  },
]
