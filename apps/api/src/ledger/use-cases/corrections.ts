import type { JournalEntry, JournalLeg } from '@jiayuan/contracts'
import { getEntry, postOpeningBalance as postOpening, postReversal, readRoll, type Db } from '@jiayuan/db'
import { chartOfAccounts, ledgerNotEmpty, planOpeningBalance, planReversal, reversalBillChanged } from '@jiayuan/domain'

/** Corrects an entry by posting its reversal (F10, domain `planReversal`); an entry is reversed at most once. */
export async function reverseEntry(
  db: Db,
  compoundId: string,
  seq: number,
  actor: { userId: string; at: string; reason: string },
): Promise<{ entry: JournalEntry; created: boolean }> {
  const { target, draft } = planReversal(await getEntry(db, compoundId, seq), actor)
  const posted = await postReversal(db, compoundId, target, draft, actor)
  if (posted === 'lost') throw reversalBillChanged()
  return posted
}

/** The books' first entry (domain `planOpeningBalance`); only while the chain is empty. */
export async function postOpeningBalance(
  db: Db,
  compoundId: string,
  input: { legs: JournalLeg[]; memo: string },
  actor: { userId: string; at: string },
): Promise<JournalEntry> {
  const roll = await readRoll(db, compoundId)
  const draft = planOpeningBalance(
    compoundId,
    input,
    chartOfAccounts({ compoundId, buildings: roll.buildings, units: [] }),
    actor.at,
  )
  const posted = await postOpening(db, compoundId, draft, actor)
  if (posted === 'not_first') throw ledgerNotEmpty()
  return posted.entry
}
