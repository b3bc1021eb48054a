import { instrumentDb, isMembershipRead, readSubjectBallots } from '@jiayuan/db'
import { freePort } from '@jiayuan/db/local'
import { startApiServer, type RunningServer } from '../../src/local/server'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

/**
 * An owner's ballot makes the reads its rules need and one transaction (issue #17): on an instance that has seen
 * the meeting's frozen roll, the meeting and the owner's entry on that roll come in one BatchGetItem; the owner's
 * ballots so far are this instance's copy when it holds one (their last ballot or vote page was served here),
 * else one Query alongside; the ballot versions are one transaction, which refuses a copy behind the table.
 */
let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const isRateCounter = (target: string | undefined) => target?.startsWith('RATE#') === true

it('a second ballot of an owner reads the meeting and their roll entry in one call, and writes once on the ballots held', async () => {
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
  expect({ reads: reads.sort(), writes }).toEqual({ reads: ['BatchGetItem'], writes: ['TransactWriteItems'] })
})

describe('the ballots an instance holds of a voter (issue #17)', () => {
  let other: RunningServer
  beforeAll(async () => {
    // Another instance on the same table: its own Db object, so its own copies of everything.
    other = await startApiServer({ ...k.h.deps, db: { ...k.h.deps.db } }, { port: await freePort() })
  })
  afterAll(async () => other.close())

  const castAt = async (base: string, token: string, meetingId: string, body: unknown) => {
    const res = await fetch(`${base}${k.path(meetingId, '/ballots')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as any }
  }
  const versions = (body: { ballots: Array<{ motionId: string; choice: string; version: number }> }) =>
    body.ballots.map((b) => [b.motionId, b.choice, b.version])

  it('writes on the held copy in one call, and a copy behind the table is read afresh, never refused', async () => {
    const meeting = await k.opened()
    const owner = await k.as('owner')
    const here = (choice: 'yes' | 'no' | 'abstain', motions?: string[]) =>
      castAt(k.h.url, owner, meeting.meetingId, { choices: paper(choice, motions), idempotencyKey: idem('held') })
    const first = await here('yes')
    expect(first.status).toBe(201)
    const subjectId: string = first.body.subjectId

    // The other instance takes m2's next version: this one's copy is now behind, on a motion its next paper leaves out.
    const there = await castAt(other.url, owner, meeting.meetingId, {
      choices: paper('no', ['m2']),
      idempotencyKey: idem('there'),
    })
    expect(there.status).toBe(201)
    expect(versions(there.body)).toEqual([['m2', 'no', 2]])

    const probe = instrumentDb(k.h.deps.db)
    const calls = async (run: () => Promise<{ status: number; body: any }>) => {
      probe.reset()
      const res = await run()
      const reads = probe.calls.filter((c) => c.kind === 'read' && !isMembershipRead(c)).map((c) => c.command)
      const writes = probe.calls.filter((c) => c.kind === 'write' && !isRateCounter(c.target)).map((c) => c.command)
      return { res, reads: reads.sort(), writes }
    }
    try {
      // Refused on the held copy (m2's version 2 is taken), then read and written afresh: 201, not 409.
      const behind = await calls(() => here('abstain', ['m1']))
      expect(behind.res.status).toBe(201)
      expect(versions(behind.res.body)).toEqual([['m1', 'abstain', 2]])
      expect(behind).toMatchObject({
        reads: ['BatchGetItem', 'Query'],
        writes: ['TransactWriteItems', 'TransactWriteItems'],
      })
      // Now current: the next paper is written on the copy, with no read of the ballots.
      const current = await calls(() => here('yes'))
      expect(current.res.status).toBe(201)
      expect(versions(current.res.body)).toEqual([
        ['m1', 'yes', 3],
        ['m2', 'yes', 3],
      ])
      expect(current).toMatchObject({ reads: ['BatchGetItem'], writes: ['TransactWriteItems'] })
    } finally {
      probe.detach()
    }
    const stored = await readSubjectBallots({ ...k.h.deps.db }, k.h.compoundId, meeting.meetingId, subjectId)
    expect(stored.map((b) => `${b.motionId}:${b.version}:${b.choice}`).sort()).toEqual(
      ['m1:1:yes', 'm1:2:abstain', 'm1:3:yes', 'm2:1:yes', 'm2:2:no', 'm2:3:yes'].sort(),
    )
  })

  it('ballots of one voter sent at once to two instances keep each motion’s versions whole, each paper once', async () => {
    const meeting = await k.opened()
    const owner = await k.as('owner')
    const first = await castAt(k.h.url, owner, meeting.meetingId, { choices: paper('yes'), idempotencyKey: idem('w') })
    expect(first.status).toBe(201)
    const subjectId: string = first.body.subjectId
    expect(
      (await castAt(other.url, owner, meeting.meetingId, { choices: paper('yes'), idempotencyKey: idem('w') })).status,
    ).toBe(201)
    // Both instances now hold a copy; three papers each, one of them sent twice.
    const papers = Array.from({ length: 6 }, (_, i) => ({
      base: i % 2 === 0 ? k.h.url : other.url,
      body: { choices: paper(i % 3 === 0 ? 'no' : 'abstain'), idempotencyKey: idem('race') },
    }))
    const [repeated] = papers
    if (!repeated) throw new Error('no papers')
    const sent = [...papers, repeated]
    const answers = await Promise.all(sent.map((p) => castAt(p.base, owner, meeting.meetingId, p.body)))
    for (const a of answers) expect([201, 409]).toContain(a.status)
    const stored = await readSubjectBallots({ ...k.h.deps.db }, k.h.compoundId, meeting.meetingId, subjectId)
    const taken = new Set(answers.filter((a) => a.status === 201).map((a) => JSON.stringify(versions(a.body))))
    for (const motionId of ['m1', 'm2']) {
      const mine = stored.filter((b) => b.motionId === motionId).map((b) => b.version)
      // Versions 1..n once each: the two first papers and each distinct paper that was answered 201.
      expect(mine.sort((a, b) => a - b)).toEqual(Array.from({ length: 2 + taken.size }, (_, i) => i + 1))
    }
    // A paper sent twice is stored once: its two answers name the same versions.
    const [once, again] = [answers[0], answers[6]]
    if (once?.status === 201 && again?.status === 201) expect(versions(again.body)).toEqual(versions(once.body))
  })
})
