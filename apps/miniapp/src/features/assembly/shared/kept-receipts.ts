import { HeldReceipt, type CastBallot } from '@jiayuan/contracts'
import { heldReceiptOf } from '@jiayuan/domain'
import { readStored, writeStored } from '../../../lib/storage'

/** A receipt kept on this device, and whose ballot it is when a proxy holder cast it for a principal (V15). */
export interface KeptReceipt {
  held: HeldReceipt
  forName?: string
}

type Kept = Record<string, KeptReceipt[]>

const keyOf = (meetingId: string) => `jiayuan.receipts.${meetingId}`

function parseKept(raw: unknown): Kept | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const out: Kept = {}
  for (const [motionId, list] of Object.entries(raw)) {
    if (!Array.isArray(list)) continue
    out[motionId] = list.flatMap((k: { held?: unknown; forName?: unknown }) => {
      const held = HeldReceipt.safeParse(k?.held)
      if (!held.success) return []
      return [{ held: held.data, ...(typeof k.forName === 'string' ? { forName: k.forName } : {}) }]
    })
  }
  return out
}

/**
 * DOMAIN V11: the receipts of a meeting as this device kept them when the ballot was cast, by motion, with every
 * field the receipt hashes. The check reads them from here, never from the server it is meant to check.
 */
export function keptReceipts(meetingId: string): KeptReceipt[] {
  const kept = readStored(keyOf(meetingId), parseKept) ?? {}
  return Object.values(kept)
    .flat()
    .sort((a, b) => a.held.castAt.localeCompare(b.held.castAt))
}

/** Keeps receipts on this device; one already kept is not kept twice (a replayed answer, a second paste). */
export function keepHeld(meetingId: string, receipts: readonly HeldReceipt[], forName?: string): void {
  const kept = readStored(keyOf(meetingId), parseKept) ?? {}
  for (const held of receipts) {
    const list = kept[held.motionId] ?? []
    if (list.some((k) => k.held.receipt === held.receipt)) continue
    list.push({ held, ...(forName ? { forName } : {}) })
    kept[held.motionId] = list
  }
  writeStored(keyOf(meetingId), kept)
}

/** Keeps the receipts a cast answered with, the moment it answers. */
export function keepReceipts(meetingId: string, ballots: readonly CastBallot[], forName?: string): void {
  keepHeld(
    meetingId,
    ballots.map((b) => heldReceiptOf(meetingId, b)),
    forName,
  )
}

const rootKey = (meetingId: string) => `jiayuan.announced-root.${meetingId}`

/** The root hash this device first saw announced for a meeting; a list re-published later must still match it. */
export function pinnedRoot(meetingId: string): string | undefined {
  return readStored(rootKey(meetingId), (raw) =>
    typeof raw === 'string' && /^[0-9a-f]{64}$/.test(raw) ? raw : undefined,
  )
}

export function pinRoot(meetingId: string, root: string): void {
  if (!pinnedRoot(meetingId)) writeStored(rootKey(meetingId), root)
}
