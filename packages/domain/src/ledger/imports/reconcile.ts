import type { JournalEntry } from '@jiayuan/contracts'
import { BANK_ACCOUNT } from '../chart'
import { daysBetween, shanghaiDate } from '../../time'

export interface BankLine {
  lineId: string
  date: string
  amountFen: number
  reference?: string
}

/** The bank side of a recorded entry: what the statement should show for it. */
export interface BankSide {
  entryId: string
  seq: number
  date: string
  amountFen: number
  reference?: string
}

/** Null when the entry moves no money through the bank (a bill, a month close). */
export function bankSideOf(entry: JournalEntry): BankSide | null {
  const amountFen = entry.legs.reduce((s, leg) => s + (leg.account === BANK_ACCOUNT ? leg.amountFen : 0), 0)
  if (amountFen === 0) return null
  return {
    entryId: entry.entryId,
    seq: entry.seq,
    date: entry.valueDate ?? shanghaiDate(entry.postedAt),
    amountFen,
    ...(entry.reference !== undefined ? { reference: entry.reference } : {}),
  }
}

export interface Match {
  lineId: string
  entryId: string
  seq: number
}

/**
 * Pairs bank statement lines with recorded entries (F4: the app records the instruction, the bank confirms
 * the transaction, and the two are reconciled). A pair needs the same signed amount and dates at most
 * `windowDays` apart; when both carry a reference the references must agree. Each line and each entry is
 * used at most once. Lines are taken oldest first; for each, a reference match beats a nearer date, which
 * beats an earlier entry. Whatever stays unmatched is flagged to the owners.
 */
export function matchStatement(lines: readonly BankLine[], entries: readonly BankSide[], windowDays: number): Match[] {
  const used = new Set<string>()
  const matches: Match[] = []
  const ordered = [...lines].sort((a, b) =>
    a.date === b.date ? a.lineId.localeCompare(b.lineId) : a.date < b.date ? -1 : 1,
  )
  for (const line of ordered) {
    let best: { side: BankSide; score: [number, number, number] } | undefined
    for (const side of entries) {
      if (used.has(side.entryId) || side.amountFen !== line.amountFen) continue
      const distance = Math.abs(daysBetween(side.date, line.date))
      if (distance > windowDays) continue
      const both = line.reference !== undefined && side.reference !== undefined
      if (both && line.reference !== side.reference) continue
      const score: [number, number, number] = [both ? 0 : 1, distance, side.seq]
      if (!best || lexLess(score, best.score)) best = { side, score }
    }
    if (best) {
      used.add(best.side.entryId)
      matches.push({ lineId: line.lineId, entryId: best.side.entryId, seq: best.side.seq })
    }
  }
  return matches
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x < y
  }
  return false
}
