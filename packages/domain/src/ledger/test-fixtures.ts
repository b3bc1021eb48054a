import type { AccountCode, JournalEntry, JournalEntryDraft, JournalLeg } from '@jiayuan/contracts'
import { chartOfAccounts } from './chart'
import { appendEntry } from './chain/hash-chain'
import { LEDGER_GENESIS_CHECKPOINT } from './chain/checkpoint'
import { seededRandom } from '../seeded-random'

/** Shared by the ledger tests only; not exported from the package. */

export const COMPOUND = 'c1'

export const chart = chartOfAccounts({
  compoundId: COMPOUND,
  buildings: [
    { buildingId: 'b1', name: '1栋' },
    { buildingId: 'b2', name: '2栋' },
  ],
  units: Array.from({ length: 20 }, (_, i) => ({ unitId: `u${i + 1}` })),
})

const CODES: AccountCode[] = [...chart.accounts.keys()]

const pick = <T>(rng: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** 2–6 legs on random accounts that sum to zero, none of them zero. */
export function randomLegs(rng: () => number): JournalLeg[] {
  const count = 2 + Math.floor(rng() * 4)
  const legs: JournalLeg[] = []
  let sum = 0
  for (let i = 0; i < count - 1; i++) {
    const amountFen = (1 + Math.floor(rng() * 1_000_000)) * (rng() < 0.5 ? -1 : 1)
    legs.push({ account: pick(rng, CODES), amountFen })
    sum += amountFen
  }
  // The closing leg balances the rest, so it must not be zero: add a one-fen leg when the rest already net out.
  if (sum === 0) {
    legs.push({ account: pick(rng, CODES), amountFen: 1 })
    sum = 1
  }
  legs.push({ account: pick(rng, CODES), amountFen: -sum })
  return legs
}

export function draft(i: number, legs: JournalLeg[], overrides: Partial<JournalEntryDraft> = {}): JournalEntryDraft {
  const day = String(1 + (i % 28)).padStart(2, '0')
  return {
    entryId: `e${i}`,
    compoundId: COMPOUND,
    postedAt: `2024-03-${day}T10:00:00+08:00`,
    kind: 'expense',
    memo: `第 ${i} 笔`,
    legs,
    ...overrides,
  }
}

export function randomDrafts(count: number, seed: number): JournalEntryDraft[] {
  const rng = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => draft(i + 1, randomLegs(rng)))
}

export function chainOf(drafts: readonly JournalEntryDraft[]): JournalEntry[] {
  const entries: JournalEntry[] = []
  let head = LEDGER_GENESIS_CHECKPOINT
  for (const d of drafts) {
    const entry = appendEntry(head, d)
    entries.push(entry)
    head = { seq: entry.seq, headHash: entry.hash, count: entry.seq }
  }
  return entries
}
