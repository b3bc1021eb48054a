import {
  AccountCode,
  Bill,
  CollectionRate,
  JournalEntry,
  JournalEntryDraft,
  LedgerChainVerdict,
  LedgerCheckpoint,
} from '@jiayuan/contracts'
import { billEntryDraft, billFor } from './bills/bill'
import { checkpointOf } from './chain/checkpoint'
import { collectionRate } from './collection-rate'
import { verifyChain } from './chain/hash-chain'
import { reverse } from './chain/reversal'
import { chainOf, chart, randomDrafts } from './test-fixtures'

/** What the domain produces must parse with the schemas the API and the mini-app use, unchanged. */
describe('ledger contracts agree with the domain', () => {
  it('every account of the chart is an AccountCode, and a stray one is not', () => {
    for (const code of chart.accounts.keys()) expect(AccountCode.safeParse(code).success).toBe(true)
    expect(AccountCode.safeParse('expense:E12').success).toBe(false)
  })

  it('chained entries, checkpoints and verdicts parse as they are', () => {
    const chain = chainOf(randomDrafts(30, 1))
    for (const entry of chain) expect(JournalEntry.parse(entry)).toEqual(entry)
    const last = chain[29]
    if (!last) throw new Error('fixture')
    expect(LedgerCheckpoint.parse(checkpointOf(last))).toEqual(checkpointOf(last))
    expect(LedgerChainVerdict.parse(verifyChain(chain))).toEqual(verifyChain(chain))
    expect(JournalEntryDraft.parse(reverse(last, { postedAt: '2024-04-01T09:00:00+08:00' }))).toBeDefined()
  })

  it('bills, their postings and the collection rate parse', () => {
    const bill = billFor({ compoundId: 'c1', unitId: 'u1', areaCentiSqm: 8935 }, 250, '2024-Q1')
    expect(Bill.parse(bill)).toEqual(bill)
    expect(JournalEntryDraft.parse(billEntryDraft(bill, '2024-01-01T00:00:00+08:00'))).toBeDefined()
    expect(CollectionRate.parse(collectionRate([bill], []))).toEqual({
      billedFen: 67013,
      paidFen: 0,
      rateBasisPoints: 0,
    })
  })

  it('the schema refuses a zero leg', () => {
    const [entry] = randomDrafts(1, 2)
    if (!entry) throw new Error('fixture')
    const zero = { ...entry, legs: [...entry.legs, { account: 'asset:bank', amountFen: 0 }] }
    expect(JournalEntryDraft.safeParse(zero).success).toBe(false)
  })
})
