import type { HeldReceipt, PublishedEntry, SealedBallot } from '@jiayuan/contracts'
import { sealedExport } from '../meeting/meeting-fixtures'
import type { Cast } from '../meeting/meeting-fixtures'
import { ballotListRoot } from './ballot-chain'
import { checkHeldReceipt, parseReceiptText, receiptText } from './held-receipt'
import { sealBallots } from './seal'
import { ballotReceipt } from './voter-ref'

const casts: Cast[] = [
  ['o1', 'yes', 1],
  ['o2', 'no', 2],
  ['o3', 'yes', 3, 'proxy'],
  ['o3', 'abstain', 4, 'online', 2],
  ['o4', 'yes', 5],
]

/** The published list as the server hands it out, and the root announced at close (the head of the true chain). */
const exp = sealedExport(5, casts)
const announced = exp.headHash

/** What the device kept at cast time: o2's ballot on m1, from the fields the cast answer gave it. */
function deviceReceipt(): HeldReceipt {
  const p = exp.entries.find((e) => e.payload.choice === 'no' && e.payload.motionId === 'm1')?.payload
  if (!p) throw new Error('fixture')
  const { seq: _seq, ...held } = p
  return { ...held, meetingId: exp.meetingId }
}

/** A forger who rewrites the list rebuilds every link, so the list is a valid chain on its own. */
function relinked(payloads: SealedBallot[]): PublishedEntry[] {
  return sealBallots(payloads.map(({ seq: _seq, ...rest }) => rest))
}

const payloads = () => exp.entries.map((e) => e.payload)

describe('checkHeldReceipt (the device’s receipt against the published list and the announced root)', () => {
  it('passes on the true list and says the ballot counted', () => {
    expect(ballotListRoot(payloads())).toBe(announced)
    expect(checkHeldReceipt(deviceReceipt(), exp, announced)).toMatchObject({
      verdict: 'ok',
      counted: true,
      entry: { choice: 'no' },
    })
  })

  it('fails when another voter’s ballot was changed, even with every link rebuilt', () => {
    const changed = payloads().map((p) =>
      p.choice === 'yes' && p.motionId === 'm1' ? { ...p, choice: 'no' as const } : p,
    )
    const list = { meetingId: exp.meetingId, entries: relinked(changed) }
    expect(checkHeldReceipt(deviceReceipt(), list, announced)).toMatchObject({ verdict: 'root_mismatch' })
  })

  it('fails when one ballot was dropped', () => {
    const dropped = payloads().filter((p) => !(p.motionId === 'm2' && p.version === 2))
    const list = { meetingId: exp.meetingId, entries: relinked(dropped) }
    expect(checkHeldReceipt(deviceReceipt(), list, announced).verdict).toBe('root_mismatch')
    const kept = { meetingId: exp.meetingId, entries: exp.entries.filter((e) => e.payload.seq !== 3) }
    expect(checkHeldReceipt(deviceReceipt(), kept, announced).verdict).toBe('root_mismatch')
  })

  it('fails when the voter’s own ballot was changed and its receipt recomputed to match', () => {
    const mine = deviceReceipt()
    const forged = payloads().map((p) => {
      if (p.receipt !== mine.receipt) return p
      const changed = { ...p, choice: 'yes' as const }
      return { ...changed, receipt: ballotReceipt(exp.meetingId, changed) }
    })
    const list = { meetingId: exp.meetingId, entries: relinked(forged) }
    // Whoever altered it would have to announce the new root too: against that, the receipt is simply missing.
    expect(checkHeldReceipt(mine, list, ballotListRoot(forged)).verdict).toBe('missing')
    expect(checkHeldReceipt(mine, list, announced).verdict).toBe('root_mismatch')
  })

  it('fails when an entry keeps the receipt but says something else', () => {
    const mine = deviceReceipt()
    const forged = payloads().map((p) => (p.receipt === mine.receipt ? { ...p, choice: 'yes' as const } : p))
    const list = { meetingId: exp.meetingId, entries: relinked(forged) }
    expect(checkHeldReceipt(mine, list, ballotListRoot(forged)).verdict).toBe('altered')
    expect(checkHeldReceipt({ receipt: mine.receipt }, list, ballotListRoot(forged)).verdict).toBe('altered')
  })

  it('refuses a receipt whose fields were edited on the device', () => {
    expect(checkHeldReceipt({ ...deviceReceipt(), choice: 'yes' }, exp, announced).verdict).toBe('bad_receipt')
  })

  it('finds a bare code, in any case, and a replaced ballot as not counted', () => {
    const replaced = exp.entries.find((e) => e.payload.channel === 'proxy')?.payload
    if (!replaced) throw new Error('fixture')
    expect(
      checkHeldReceipt({ receipt: replaced.receipt.toUpperCase() }, exp, ` ${announced.toUpperCase()} `),
    ).toMatchObject({ verdict: 'ok', counted: false })
    expect(checkHeldReceipt({ receipt: '0'.repeat(64) }, exp, announced).verdict).toBe('missing')
  })
})

describe('receiptText and parseReceiptText', () => {
  it('read back what they wrote, in Chinese, proxy included', () => {
    const proxy = exp.entries.find((e) => e.payload.channel === 'proxy')?.payload
    if (!proxy) throw new Error('fixture')
    const { seq: _seq, ...rest } = proxy
    const held = { ...rest, meetingId: exp.meetingId }
    const text = receiptText(held, '修改议事规则')
    expect(text).toContain('选择：同意')
    expect(text).toContain('方式：代理')
    expect(parseReceiptText(text)).toEqual(held)
    expect(parseReceiptText(receiptText(deviceReceipt()))).toEqual(deviceReceipt())
  })

  it('take a bare code with spaces, and refuse anything else', () => {
    const code = deviceReceipt().receipt
    expect(parseReceiptText(` ${code.slice(0, 32)} ${code.slice(32).toUpperCase()}\n`)).toEqual({ receipt: code })
    expect(parseReceiptText('随便写的')).toBeUndefined()
    expect(parseReceiptText(receiptText(deviceReceipt()).replace('选择：反对', '选择：可以'))).toBeUndefined()
  })
})
