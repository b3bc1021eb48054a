import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { keys } from '@jiayuan/db'
import { verifyBallotList } from '@jiayuan/domain'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

let k: AssemblyKit
let dir: string
beforeAll(async () => {
  k = await startAssembly()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiayuan-verify-'))
})
afterAll(async () => {
  await k.h.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const ROOT = path.resolve(__dirname, '../../../..')

/**
 * Runs scripts/verify-ballots.ts as a person would, and returns its exit code and output. Asynchronously: the
 * API it may call is served by this very process.
 */
function verifyScript(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/verify-ballots.ts', ...args],
      { cwd: ROOT },
    )
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    child.on('close', (code) => resolve({ code, out }))
  })
}

async function exportFile(meetingId: string, name: string): Promise<string> {
  const exported = await k.wholeList(meetingId, await k.as('committee'), 'export')
  const file = path.join(dir, `${name}.json`)
  fs.writeFileSync(file, JSON.stringify(exported))
  return file
}

const table = () => ({ TableName: k.h.deps.db.table })

describe('scripts/verify-ballots.ts recounts a published vote and finds tampering (DOMAIN V5, V10, V11)', () => {
  let meetingId: string

  it('reports a ballot edited in the table while voting ran: its receipt no longer matches what it says', async () => {
    const meeting = await k.opened()
    meetingId = meeting.meetingId
    const votes: Array<[string, 'yes' | 'no' | 'abstain']> = [
      ['owner', 'yes'],
      ['co-owner', 'no'],
      ['committee', 'yes'],
      ['committee-2', 'abstain'],
    ]
    for (const [persona, choice] of votes) {
      const res = await k.h.request('POST', k.path(meetingId, '/ballots'), {
        token: await k.as(persona),
        body: { choices: paper(choice), idempotencyKey: idem('v') },
      })
      expect(res.status).toBe(201)
    }
    // Someone with table access flips a stored ballot before the close; the voter's receipt still says "no".
    await k.h.deps.db.doc.send(
      new UpdateCommand({
        ...table(),
        Key: keys.ballot(k.h.compoundId, meetingId, 'o-zhangwei', 'm2', 1),
        UpdateExpression: 'SET choice = :c',
        ExpressionAttributeValues: { ':c': 'yes' },
      }),
    )
    await k.close(meeting)

    const tamperedWhileOpen = await verifyScript('--file', await exportFile(meetingId, 'edited-while-open'))
    expect(tamperedWhileOpen.code).toBe(1)
    expect(tamperedWhileOpen.out).toMatch(/MISMATCH[\s\S]*\[receipt\] seq \d+ motion m2/)
    // The voter checks the receipt they were given: their entry is there, but no longer says what they cast.
    const zhangwei = (await k.h.request('GET', k.path(meetingId, '/ballots/mine'), { token: await k.as('co-owner') }))
      .body
    const receipt = zhangwei.ballots.find((b: { motionId: string }) => b.motionId === 'm2').receipt
    const check = await k.h.request('GET', k.path(meetingId, `/receipts/${receipt}`), {
      token: await k.as('committee'),
    })
    expect(check.body).toMatchObject({ found: true, intact: false, entry: { choice: 'yes' } })
  })

  it('reports OK for an untouched vote, from a saved export and straight from the API', async () => {
    const meeting = await k.opened()
    meetingId = meeting.meetingId
    for (const [persona, choice] of [
      ['owner', 'yes'],
      ['co-owner', 'no'],
      ['committee', 'yes'],
    ] as const) {
      await k.h.request('POST', k.path(meetingId, '/ballots'), {
        token: await k.as(persona),
        body: { choices: paper(choice), idempotencyKey: idem('v') },
      })
    }
    const scanKey = await k.upload(await k.as('committee'), 'ballot_scan')
    await k.h.request('POST', k.path(meetingId, '/paper-ballots'), {
      token: await k.as('committee'),
      body: { subjectId: 'o-b2-1-101', choices: paper('abstain'), scanKey, idempotencyKey: idem('p') },
    })
    await k.close(meeting)
    const saved = await verifyScript('--file', await exportFile(meetingId, 'clean'))
    expect(saved.code).toBe(0)
    expect(saved.out).toContain('OK: chain, receipts, head and tally recomputed')
    expect(saved.out).toContain('(recomputed from the frozen roll)')
    const live = await verifyScript(
      '--api',
      k.h.url,
      '--compound',
      k.h.compoundId,
      '--meeting',
      meetingId,
      '--token',
      await k.as('committee'),
    )
    expect(live.code).toBe(0)
    expect(live.out).toMatch(/8 entries/)
    // Page by page (3 entries a page), the script still joins and checks the whole list.
    const paged = await verifyScript(
      '--api',
      k.h.url,
      '--compound',
      k.h.compoundId,
      '--meeting',
      meetingId,
      '--token',
      await k.as('committee'),
      '--page-size',
      '3',
    )
    expect(paged).toMatchObject({ code: 0, out: expect.stringMatching(/8 entries/) })
    // Without a token it logs in as a seeded persona (dev login, as on the local stack).
    const asPersona = await verifyScript(
      '--api',
      k.h.url,
      '--compound',
      k.h.compoundId,
      '--meeting',
      meetingId,
      '--persona',
      `${k.h.prefix}committee`,
    )
    expect(asPersona).toMatchObject({ code: 0, out: expect.stringContaining('(recomputed from the frozen roll)') })
  })

  it('reports a sealed entry edited in the table: the chain breaks there and its receipt no longer matches', async () => {
    const key = keys.ballotLogEntry(k.h.compoundId, meetingId, 3)
    const original = (await k.h.deps.db.doc.send(new GetCommand({ ...table(), Key: key }))).Item
    if (!original) throw new Error('sealed entry 3 missing')
    const flipped = original.payload.choice === 'no' ? 'yes' : 'no'
    await k.h.deps.db.doc.send(
      new PutCommand({ ...table(), Item: { ...original, payload: { ...original.payload, choice: flipped } } }),
    )

    const run = await verifyScript('--file', await exportFile(meetingId, 'tampered-log'))
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/\[chain\] seq 3/)
    expect(run.out).toMatch(/\[receipt\] seq 3/)
    await k.h.request('POST', k.path(meetingId, '/preliminary'), {
      token: await k.as('committee'),
      body: { objectionDays: 3 },
    })
    const owner = await k.as('owner')
    const list = await k.wholeList(meetingId, owner, 'ballot-list', 2)
    expect(verifyBallotList(list).problems.map((p) => p.check)).toEqual(expect.arrayContaining(['chain', 'receipt']))
    const receipt = original.payload.receipt as string
    expect((await k.h.request('GET', k.path(meetingId, `/receipts/${receipt}`), { token: owner })).body).toMatchObject({
      found: true,
      chainOk: false,
    })
    await k.h.deps.db.doc.send(new PutCommand({ ...table(), Item: original }))
    expect((await verifyScript('--file', await exportFile(meetingId, 'restored'))).code).toBe(0)
  })

  it('reports a published result that the ballots do not add up to', async () => {
    const key = keys.meeting(k.h.compoundId, meetingId)
    const meeting = (await k.h.deps.db.doc.send(new GetCommand({ ...table(), Key: key }))).Item
    if (!meeting) throw new Error('meeting missing')
    const [first, ...rest] = meeting.results
    const inflated = [
      { ...first, raw: { ...first.raw, yesHeads: first.raw.yesHeads + 1, noHeads: first.raw.noHeads - 1 } },
      ...rest,
    ]
    await k.h.deps.db.doc.send(new PutCommand({ ...table(), Item: { ...meeting, results: inflated } }))
    const run = await verifyScript('--file', await exportFile(meetingId, 'tampered-result'))
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/\[tally\] motion m1/)
  })

  it('prints its usage when asked for nothing', async () => {
    expect(await verifyScript()).toMatchObject({ code: 2, out: expect.stringContaining('usage') })
  })
})
