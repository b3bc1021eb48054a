import { UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntry } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { queryAll } from '../query-all'
import { readChain } from './journal'
import { markUpdate, placeOf } from './line-marks'

/**
 * Writes the marks of matches and reversals made before marks existed (idempotent: each Update sets what the
 * match items and the chain say). Reads the whole chain and every match of the compound; run once per compound.
 */
export async function backfillLineMarks(db: Db, compoundId: string): Promise<{ marks: number }> {
  const bySeq = new Map<number, JournalEntry>()
  const byId = new Map<string, JournalEntry>()
  for (let after = 0; ;) {
    const page = await readChain(db, compoundId, after, 500)
    for (const e of page) {
      bySeq.set(e.seq, e)
      byId.set(e.entryId, e)
    }
    const last = page[page.length - 1]
    if (!last) break
    after = last.seq
  }
  const matches = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :m)',
    ExpressionAttributeValues: { ':pk': keys.bankMatch(compoundId, '').PK, ':m': keys.bankMatch(compoundId, '').SK },
  })
  const updates: Array<ReturnType<typeof markUpdate>> = []
  for (const m of matches) {
    const entry = bySeq.get(Number(m.seq))
    if (entry) updates.push(markUpdate(db, compoundId, placeOf(entry), { bankLineId: String(m.lineId) }))
  }
  for (const reversal of bySeq.values()) {
    const target = reversal.reverses !== undefined ? byId.get(reversal.reverses) : undefined
    if (!target) continue
    updates.push(markUpdate(db, compoundId, placeOf(target), { reversedBySeq: reversal.seq }))
    updates.push(markUpdate(db, compoundId, placeOf(reversal), { reversesSeq: target.seq }))
  }
  for (let i = 0; i < updates.length; i += 16)
    await Promise.all(updates.slice(i, i + 16).map((u) => db.doc.send(new UpdateCommand(u))))
  return { marks: updates.length }
}
