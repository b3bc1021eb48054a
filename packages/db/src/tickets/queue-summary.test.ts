import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { QueueTicket, type Ticket, type TicketEvent } from '@jiayuan/contracts'
import { SLA_FIELDS } from '@jiayuan/domain'
import type { Db } from '../client'
import { QUEUE_ENTRY_FIELDS, QUEUE_SHARDS, queueShardOf, queueSummaryWrites } from './queue-summary'
import { numberTicket } from './numbers'
import { createTicket } from './write-ticket'

const db = { table: 't' } as unknown as Db

const ticket = (over: Partial<Ticket> = {}): Ticket => ({
  ticketId: 't-1',
  compoundId: 'c-1',
  requesterId: 'u-1',
  category: 'repair',
  priority: 'normal',
  triage: 'property',
  status: 'submitted',
  location: { kind: 'unit', unitId: 'b2-1-201' },
  gridId: 'grid-a',
  description: '楼道灯不亮',
  descriptionModeration: 'passed',
  photos: [{ key: 'photos/1.jpg', moderation: 'passed' }],
  afterPhotos: [],
  submittedAt: '2026-12-04T01:00:00.000Z',
  pooledAt: '2026-12-04T01:00:00.000Z',
  pauses: [],
  reopenCount: 0,
  ...over,
})

/** Each write as `<SET|REMOVE> <partition>`. */
const shape = (before: Ticket | undefined, after: Ticket) =>
  queueSummaryWrites(db, before, after).map((w) => `${w.Update?.UpdateExpression?.split(' ')[0]} ${w.Update?.Key?.PK}`)

describe('the queue summary’s writes (TK23)', () => {
  it('sets an open ticket’s entry on its grid, moves it with the grid and removes it on closing', () => {
    const open = ticket()
    expect(shape(undefined, open)).toEqual(['SET C#c-1#TQ#grid-a'])
    expect(shape(open, { ...open, status: 'accepted', assigneeId: 'w-1' })).toEqual(['SET C#c-1#TQ#grid-a'])
    expect(shape(open, { ...open, gridId: 'grid-b' })).toEqual(['REMOVE C#c-1#TQ#grid-a', 'SET C#c-1#TQ#grid-b'])
    expect(shape(open, { ...open, status: 'closed' })).toEqual(['REMOVE C#c-1#TQ#grid-a'])
    expect(shape({ ...open, status: 'closed' }, { ...open, status: 'reopened' })).toEqual(['SET C#c-1#TQ#grid-a'])
    // No grid holds it (a public area waiting for dispatch): no queue shows it; dispatched, it joins the grid's.
    const unheld = ticket({ gridId: undefined })
    expect(shape(undefined, unheld)).toEqual([])
    expect(shape(unheld, open)).toEqual(['SET C#c-1#TQ#grid-a'])
  })

  it('carries what the row shows and what orders and counts the ticket, not its photos or requester', () => {
    const [set] = queueSummaryWrites(db, undefined, ticket({ assigneeId: 'w-1', number: 'HX-20261204-001' }))
    const entry = JSON.parse(String(set?.Update?.ExpressionAttributeValues?.[':e'])) as Record<string, unknown>
    expect(Object.keys(entry).sort()).toEqual(
      [
        'assigneeId',
        'category',
        'description',
        'gridId',
        'location',
        'number',
        'pauses',
        'priority',
        'status',
        'submittedAt',
        'ticketId',
      ].sort(),
    )
  })

  it('holds each field the queue’s row shows and its SLA reads, and no other', () => {
    expect([...QUEUE_ENTRY_FIELDS].sort()).toEqual(
      [...new Set([...QueueTicket.keyof().options, ...SLA_FIELDS, 'assigneeId', 'dispatchQueuedAt'])].sort(),
    )
  })

  it('spreads tickets over all 32 shards', () => {
    const counts = new Array<number>(QUEUE_SHARDS).fill(0)
    for (let i = 0; i < 3200; i++) {
      const shard = queueShardOf(`t-${i.toString(36)}-x`)
      counts[shard] = (counts[shard] ?? 0) + 1
    }
    expect(Math.min(...counts)).toBeGreaterThan(50)
    expect(Math.max(...counts)).toBeLessThan(150)
  })

  it('sends a report again when another write of its grid’s shard cancelled it (TransactionConflict)', async () => {
    const sent: string[] = []
    const send = async (command: unknown) => {
      if (command instanceof TransactWriteCommand) {
        sent.push('transaction')
        if (sent.length === 1)
          throw Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: [
              { Code: 'None' },
              { Code: 'None' },
              { Code: 'None' },
              { Code: 'None' },
              { Code: 'TransactionConflict' },
            ],
          })
        return {}
      }
      // The day's counter: six reports so far.
      if (command instanceof GetCommand) return { Item: { seq: 6 } }
      throw new Error(`unexpected ${String(command)}`)
    }
    const fake = { table: 't', doc: { send } } as unknown as Db
    const event = { ticketId: 't-1', type: 'submit', at: '2026-12-04T01:00:00.000Z', actorId: 'u-1' } as TicketEvent
    const made = await createTicket(fake, ticket(), event, [], () => ({ day: '20261204', label: (n) => `HX-${n}` }))
    expect(made).toMatchObject({ created: true, ticket: { number: 'HX-7' } })
    // The report with its number twice: the conflict, then its landing.
    expect(sent).toEqual(['transaction', 'transaction'])
  })

  it('numbers a ticket changed since its report on the ticket as it is now, entry and all', async () => {
    const sent: Array<TransactWriteCommand['input']> = []
    const claimed = {
      ...ticket(),
      status: 'accepted' as const,
      assigneeId: 'w-1',
      acceptedAt: '2026-12-04T01:00:01.000Z',
    }
    const send = async (command: unknown) => {
      if (command instanceof UpdateCommand) return { Attributes: { seq: 3 } }
      if (command instanceof GetCommand) return { Item: { ...claimed, type: 'ticket', ver: 2 } }
      if (command instanceof TransactWriteCommand) {
        sent.push(command.input)
        // The claim landed between the report and its number: the ticket is no longer at version 1.
        if (sent.length === 1)
          throw Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'None' }],
          })
        return {}
      }
      throw new Error(`unexpected ${String(command)}`)
    }
    const fake = { table: 't', doc: { send } } as unknown as Db
    const numbered = await numberTicket(fake, ticket(), () => ({ day: '20261204', label: (n) => `HX-${n}` }), 1)
    expect(numbered).toMatchObject({ number: 'HX-3', status: 'accepted', assigneeId: 'w-1' })
    const last = sent.at(-1)?.TransactItems ?? []
    expect(last[0]?.Update?.ExpressionAttributeValues?.[':v']).toBe(2)
    const entry = JSON.parse(String(last[2]?.Update?.ExpressionAttributeValues?.[':e']))
    expect(entry).toMatchObject({ number: 'HX-3', status: 'accepted', assigneeId: 'w-1' })
  })
})
