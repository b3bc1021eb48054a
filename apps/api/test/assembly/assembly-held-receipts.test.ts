import type { BallotList, CastBallot, HeldReceipt, PublishedEntry } from '@jiayuan/contracts'
import {
  ballotListRoot,
  checkHeldReceipt,
  heldReceiptOf,
  parseReceiptText,
  receiptText,
  sealBallots,
} from '@jiayuan/domain'
import { runJob } from '../notify/notify-kit'
import { idem, paper, startAssembly, type AssemblyKit } from './assembly-helpers'

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => {
  await k.h.close()
})

/** The forger's rewrite of a list: every link rebuilt, so it is a valid chain on its own. */
const relinked = (payloads: PublishedEntry['payload'][]) => sealBallots(payloads.map(({ seq: _seq, ...rest }) => rest))

/**
 * DOMAIN V11 end to end, as the voter's phone does it: the receipt kept from the cast answer (copied out as text
 * and pasted back), the root read from the final-result announcement, the published list downloaded page by
 * page. Nothing the server says about the receipt is used; a list altered after the announcement fails.
 */
describe('a receipt kept on the device, checked against the published list and the announced root', () => {
  let meetingId: string
  let held: HeldReceipt
  let list: BallotList
  let announcedRoot: string

  it('keeps what the cast answer gives, which recomputes to the receipt', async () => {
    await k.settings((s) => {
      s.objectionWindowDays = 0
    })
    const meeting = await k.opened()
    meetingId = meeting.meetingId
    const vote = async (person: string, choice: 'yes' | 'no') =>
      k.h.request('POST', k.path(meetingId, '/ballots'), {
        token: await k.as(person),
        body: { choices: paper(choice), idempotencyKey: idem('vote') },
      })
    const cast = await vote('owner', 'no')
    expect(cast.status).toBe(201)
    const mine = (cast.body.ballots as CastBallot[]).find((b) => b.motionId === 'm1')
    if (!mine) throw new Error('no ballot for m1')
    // The device keeps it as the text it lets the voter copy; the check reads that text back.
    const parsed = parseReceiptText(receiptText(heldReceiptOf(meetingId, mine)))
    if (!parsed || !('motionId' in parsed)) throw new Error('the copied receipt did not read back')
    held = parsed
    expect(held).toMatchObject({ meetingId, choice: 'no', channel: 'online', receipt: mine.receipt })
    expect((await vote('co-owner', 'yes')).status).toBe(201)
  })

  it('prints the root in the final-result announcement, equal to the root of the published list', async () => {
    await k.close((await k.h.request('GET', k.path(meetingId), { token: await k.as('committee') })).body)
    const final = await k.h.request('POST', k.path(meetingId, '/final'), { token: await k.as('committee'), body: {} })
    expect(final.status).toBe(200)
    await runJob(k)
    const inbox = await k.h.request('GET', `/v1/compounds/${k.h.compoundId}/inbox`, { token: await k.as('owner') })
    const message = (inbox.body.messages as Array<{ kind: string; body: string }>).find(
      (m) => m.kind === 'result_final',
    )
    const root = /选票清单根哈希：([0-9a-f]{64})/.exec(message?.body ?? '')?.[1]
    if (!root) throw new Error(`no root in the announcement: ${message?.body}`)
    announcedRoot = root
    list = await k.wholeList(meetingId, await k.as('owner'))
    expect(ballotListRoot(list.entries.map((e) => e.payload))).toBe(announcedRoot)
  })

  it('passes on the true list', () => {
    expect(checkHeldReceipt(held, list, announcedRoot)).toMatchObject({
      verdict: 'ok',
      counted: true,
      entry: { receipt: held.receipt, choice: 'no' },
    })
  })

  it('fails when one ballot was changed or one dropped, even with the chain rebuilt', () => {
    const payloads = list.entries.map((e) => e.payload)
    const changed = payloads.map((p) =>
      p.choice === 'yes' && p.motionId === 'm1' ? { ...p, choice: 'no' as const } : p,
    )
    expect(checkHeldReceipt(held, { meetingId, entries: relinked(changed) }, announcedRoot).verdict).toBe(
      'root_mismatch',
    )
    const dropped = payloads.filter((p) => !(p.choice === 'yes' && p.motionId === 'm2'))
    expect(dropped).toHaveLength(payloads.length - 1)
    expect(checkHeldReceipt(held, { meetingId, entries: relinked(dropped) }, announcedRoot).verdict).toBe(
      'root_mismatch',
    )
    // Had the forger announced the forged list's root instead, the voter's ballot is simply not in it.
    const mineDropped = relinked(payloads.filter((p) => p.receipt !== held.receipt))
    const forgedRoot = ballotListRoot(mineDropped.map((e) => e.payload))
    expect(checkHeldReceipt(held, { meetingId, entries: mineDropped }, forgedRoot).verdict).toBe('missing')
  })
})
