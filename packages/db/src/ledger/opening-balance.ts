import type { JournalEntryDraft } from '@jiayuan/contracts'
import type { Db } from '../client'
import { eventPut } from '../events'
import { ChainNotEmpty } from './append-failures'
import { appendOne, type Posted } from './chain-appender'

/** Posts the books' first entry; `not_first` when the chain already has entries. */
export async function postOpeningBalance(
  db: Db,
  compoundId: string,
  draft: JournalEntryDraft,
  actor: { userId: string; at: string },
): Promise<Posted | 'not_first'> {
  try {
    return await appendOne(db, compoundId, {
      draft,
      actorId: actor.userId,
      onlyFirst: true,
      with: (entry) => [
        eventPut(db, {
          compoundId,
          action: 'ledger.opening_balance',
          actorId: actor.userId,
          at: actor.at,
          subject: String(entry.seq),
          reason: draft.memo,
        }),
      ],
    })
  } catch (err) {
    if (err instanceof ChainNotEmpty) return 'not_first'
    throw err
  }
}
