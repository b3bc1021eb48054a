import { ballotChainEntry } from './ballot-chain'
import { sealedExport } from '../meeting/meeting-fixtures'
import type { Cast } from '../meeting/meeting-fixtures'
import { checkReceipt, checkReceiptEntry } from './receipt-check'

const casts: Cast[] = [
  ['o1', 'yes', 1],
  ['o2', 'no', 2],
  ['o3', 'yes', 3, 'proxy'],
  ['o3', 'abstain', 4, 'online', 2],
  ['o4', 'yes', 5],
]

describe('checkReceipt', () => {
  it('finds the voter’s ballot and says whether it counted', () => {
    const exp = sealedExport(5, casts)
    const byProxy = exp.entries.find((e) => e.payload.channel === 'proxy')?.payload
    const direct = exp.entries.find((e) => e.payload.version === 2)?.payload
    if (!byProxy || !direct) throw new Error('fixture')
    expect(checkReceipt(byProxy.receipt, exp)).toMatchObject({
      found: true,
      chainOk: true,
      intact: true,
      counted: false,
    })
    expect(checkReceipt(direct.receipt.toUpperCase(), exp)).toMatchObject({
      found: true,
      counted: true,
      entry: { choice: 'abstain' },
    })
    expect(checkReceipt('0'.repeat(64), exp)).toEqual({ found: false, chainOk: true, intact: false, counted: false })
  })

  it('says when the entry no longer matches the receipt, even in a chain rebuilt around the change', () => {
    const exp = sealedExport(5, casts)
    const first = exp.entries[0]
    if (!first) throw new Error('fixture')
    const forged = sealedExport(5, casts)
    forged.entries = [ballotChainEntry('0'.repeat(64), { ...first.payload, choice: 'no' as const })]
    forged.headHash = forged.entries[0]?.hash ?? ''
    expect(checkReceipt(first.payload.receipt, forged)).toMatchObject({ found: true, chainOk: true, intact: false })
  })
})

describe('checkReceiptEntry (one receipt by the index written at close)', () => {
  const exp = sealedExport(5, casts)
  const log = { count: exp.entries.length, headHash: exp.headHash }
  const hitAt = (seq: number, entries = exp.entries) => ({
    seq,
    counted: true,
    around: entries.filter((e) => Math.abs(e.payload.seq - seq) <= 1),
  })

  it('answers as the full check does for every entry of an untouched log', () => {
    for (const { payload } of exp.entries) {
      const full = checkReceipt(payload.receipt, exp)
      expect(
        checkReceiptEntry('mtg1', payload.receipt.toUpperCase(), { ...hitAt(payload.seq), counted: full.counted }, log),
      ).toEqual(full)
    }
  })

  it('leaves it to the full check when the entry or its links do not hold', () => {
    const edited = exp.entries.map((e) =>
      e.payload.seq === 3
        ? { ...e, payload: { ...e.payload, choice: e.payload.choice === 'no' ? ('yes' as const) : ('no' as const) } }
        : e,
    )
    const third = exp.entries[2]?.payload.receipt ?? ''
    expect(checkReceiptEntry('mtg1', third, hitAt(3, edited), log)).toBeNull()
    expect(
      checkReceiptEntry(
        'mtg1',
        third,
        hitAt(
          3,
          exp.entries.filter((e) => e.payload.seq !== 2),
        ),
        log,
      ),
    ).toBeNull()
    expect(checkReceiptEntry('mtg1', 'f'.repeat(64), hitAt(3), log)).toBeNull()
    const last = exp.entries.at(-1)?.payload
    if (!last) throw new Error('fixture')
    expect(checkReceiptEntry('mtg1', last.receipt, hitAt(last.seq), { ...log, headHash: '0'.repeat(64) })).toBeNull()
  })
})
