import type { JournalEntry, JournalLeg } from '@jiayuan/contracts'
import { InvalidInput, LedgerError, chartOfAccounts, parseAccountCode, validateEntry } from '@jiayuan/domain'
import type { Db } from '../client'
import { eventPut } from '../events'
import { readRoll } from '../roll'
import { appendOne } from './chain-appender'

/**
 * The books' first entry when a compound starts on the app: what the bank holds, and on the other side the
 * maintenance funds, the public-income ledger and the accumulated surplus. Only those accounts, only as the
 * very first entry (the head must still be empty), and the legs must sum to zero (422).
 */
export async function postOpeningBalance(db: Db, compoundId: string, input: { legs: JournalLeg[]; memo: string }, actor: { userId: string; at: string }): Promise<JournalEntry> {
  input.legs.forEach((leg, i) => {
    const parsed = parseAccountCode(leg.account)
    if (parsed && !(parsed.kind === 'fund' || (parsed.kind === 'asset' && parsed.type === 'bank'))) {
      throw new LedgerError('NotOpeningAccount', `body.legs.${i}.account`, '期初余额只能登记银行存款、专项维修资金、公共收益和历年结余')
    }
  })
  const roll = await readRoll(db, compoundId)
  const chart = chartOfAccounts({ compoundId, buildings: roll.buildings, units: [] })
  const draft = { entryId: 'opening', compoundId, postedAt: actor.at, kind: 'opening_balance' as const, memo: input.memo, legs: input.legs }
  const [first] = validateEntry(draft, chart)
  if (first) {
    if (first.kind === 'rule') throw first
    throw new InvalidInput(`body.${first.field}: ${first.message}`, [{ field: `body.${first.field}`, message: first.message }])
  }
  const posted = await appendOne(db, compoundId, {
    draft,
    actorId: actor.userId,
    onlyFirst: true,
    with: (entry) => [eventPut(db, { compoundId, action: 'ledger.opening_balance', actorId: actor.userId, at: actor.at, subject: String(entry.seq) })],
  })
  return posted.entry
}
