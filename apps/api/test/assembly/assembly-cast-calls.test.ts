import { instrumentDb, isMembershipRead } from '@jiayuan/db'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

/**
 * An owner's ballot makes the reads its rules need and one transaction (issue #17): on an instance that has seen
 * the meeting's frozen roll, the meeting and the owner's entry on that roll come in one BatchGetItem, alongside
 * one Query of the owner's ballots so far; the ballot versions are one transaction.
 */
let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const isRateCounter = (target: string | undefined) => target?.startsWith('RATE#') === true

it('a second ballot of an owner reads the meeting and their roll entry in one call, then writes once', async () => {
  const meeting = await k.opened()
  const owner = await k.as('owner')
  const vote = (choice: 'yes' | 'no') =>
    k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
      token: owner,
      body: { choices: paper(choice), idempotencyKey: idem('cast') },
    })
  expect((await vote('yes')).status).toBe(201)

  const probe = instrumentDb(k.h.deps.db)
  const changed = await vote('no')
  probe.detach()
  expect(changed).toMatchObject({ status: 201, body: { replayed: false } })
  expect(changed.body.ballots.map((b: { choice: string; version: number }) => [b.choice, b.version])).toEqual([
    ['no', 2],
    ['no', 2],
  ])
  const reads = probe.calls.filter((c) => c.kind === 'read' && !isMembershipRead(c)).map((c) => c.command)
  const writes = probe.calls.filter((c) => c.kind === 'write' && !isRateCounter(c.target)).map((c) => c.command)
  expect({ reads: reads.sort(), writes }).toEqual({ reads: ['BatchGetItem', 'Query'], writes: ['TransactWriteItems'] })
})
