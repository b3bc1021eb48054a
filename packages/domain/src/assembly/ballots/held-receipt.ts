import {
  CHANNEL_LABEL,
  CHOICE_LABEL,
  HeldReceipt,
  type BallotChannel,
  type CastBallot,
  type PublishedEntry,
  type SealedBallot,
  type VoteChoice,
} from '@jiayuan/contracts'
import { ballotListRoot } from './ballot-chain'
import { countedIn } from './receipt-check'
import { ballotReceipt } from './voter-ref'

/**
 * What the device's check says (DOMAIN V11), from the device's receipt, the published list and the root hash
 * printed in the result announcement and the monthly report, and nothing the server says about the receipt:
 * - `ok`: the list recomputes to the announced root and holds the ballot exactly as the device kept it;
 * - `root_mismatch`: the list recomputes to another root, so it is not the list announced (altered, dropped, added);
 * - `missing`: the list is the announced one but has no ballot with this receipt;
 * - `altered`: an entry carries this receipt but says something else than the device kept (or than its receipt);
 * - `bad_receipt`: the receipt does not match its own fields (mistyped or edited on the device).
 */
export type HeldVerdict = 'ok' | 'root_mismatch' | 'missing' | 'altered' | 'bad_receipt'

export interface HeldCheck {
  verdict: HeldVerdict
  /** The root recomputed from the published entries. */
  root: string
  /** The list's entry for the receipt, when there is one. */
  entry?: SealedBallot
  /** Whether the ballot is the one that counted (a later one or a direct vote replaces it, V6). */
  counted: boolean
}

/** A receipt typed or pasted as the bare 64-character code, without the fields it hashes. */
export interface ReceiptCode {
  receipt: string
}

/** Whether a receipt carries the fields it hashes (copied from the app) or is the bare code. */
export function isFullReceipt(r: HeldReceipt | ReceiptCode): r is HeldReceipt {
  return 'motionId' in r
}

const FIELDS = ['motionId', 'subjectId', 'choice', 'channel', 'castAt', 'version', 'proxyId'] as const

function sameBallot(held: HeldReceipt, entry: SealedBallot): boolean {
  return FIELDS.every((f) => held[f] === entry[f])
}

/**
 * V11 on the voter's device. The root is recomputed from the entries' contents (never from the hashes the list
 * carries), so changing, dropping, adding or reordering any ballot gives another root than the announced one; a
 * bare code can only be found, and its entry shown for the voter to compare with what they chose.
 */
export function checkHeldReceipt(
  held: HeldReceipt | ReceiptCode,
  list: { meetingId: string; entries: readonly PublishedEntry[] },
  announcedRoot: string,
): HeldCheck {
  const root = ballotListRoot(list.entries.map((e) => e.payload))
  const full = isFullReceipt(held)
  if (full && (held.meetingId !== list.meetingId || ballotReceipt(held.meetingId, held) !== held.receipt)) {
    return { verdict: 'bad_receipt', root, counted: false }
  }
  if (root !== announcedRoot.trim().toLowerCase()) return { verdict: 'root_mismatch', root, counted: false }
  const wanted = held.receipt.toLowerCase()
  const entry = list.entries.find((e) => e.payload.receipt === wanted)?.payload
  if (!entry) return { verdict: 'missing', root, counted: false }
  const intact = ballotReceipt(list.meetingId, entry) === entry.receipt && (!full || sameBallot(held, entry))
  if (!intact) return { verdict: 'altered', root, entry, counted: false }
  return { verdict: 'ok', root, entry, counted: countedIn(list.entries, entry.seq) ?? false }
}

const TITLE = '家园表决回执'
const LINES: ReadonlyArray<[keyof HeldReceipt, string]> = [
  ['meetingId', '会议编号'],
  ['motionId', '议题编号'],
  ['subjectId', '投票人编号'],
  ['choice', '选择'],
  ['channel', '方式'],
  ['proxyId', '代理人编号'],
  ['version', '版本'],
  ['castAt', '投票时间'],
  ['receipt', '回执'],
]

const labelOf = (key: keyof HeldReceipt, value: string | number): string =>
  key === 'choice'
    ? CHOICE_LABEL[value as VoteChoice]
    : key === 'channel'
      ? CHANNEL_LABEL[value as BallotChannel]
      : String(value)

/** The receipt as text to copy and keep elsewhere (a note, a chat with oneself); `parseReceiptText` reads it back. */
export function receiptText(held: HeldReceipt, motionTitle?: string): string {
  const lines = LINES.flatMap(([key, label]) =>
    held[key] === undefined ? [] : [`${label}：${labelOf(key, held[key])}`],
  )
  return [TITLE, ...(motionTitle ? [`议题：${motionTitle}`] : []), ...lines].join('\n')
}

const byLabel = <K extends string>(labels: Record<K, string>, text: string): K | undefined =>
  (Object.keys(labels) as K[]).find((k) => labels[k] === text)

/**
 * Reads a pasted or typed receipt: the text `receiptText` wrote (full check), or just the 64-character code
 * (found or not, and what the list says about it). Undefined when it is neither.
 */
export function parseReceiptText(text: string): HeldReceipt | ReceiptCode | undefined {
  const bare = text.trim().replace(/\s+/g, '')
  if (/^[0-9a-fA-F]{64}$/.test(bare)) return { receipt: bare.toLowerCase() }
  const values = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^：:]+)[：:]\s*(.+?)\s*$/.exec(line)
    if (m?.[1] && m[2]) values.set(m[1].trim(), m[2])
  }
  const get = (key: keyof HeldReceipt) => values.get(LINES.find(([k]) => k === key)?.[1] ?? '')
  const version = Number(get('version'))
  const parsed = HeldReceipt.safeParse({
    meetingId: get('meetingId'),
    motionId: get('motionId'),
    subjectId: get('subjectId'),
    choice: byLabel(CHOICE_LABEL, get('choice') ?? ''),
    channel: byLabel(CHANNEL_LABEL, get('channel') ?? ''),
    castAt: get('castAt'),
    version: Number.isFinite(version) ? version : undefined,
    receipt: get('receipt')?.toLowerCase(),
    ...(get('proxyId') ? { proxyId: get('proxyId') } : {}),
  })
  return parsed.success ? parsed.data : undefined
}

/** What the device keeps from a ballot the cast answer (or the voter's ballot list) gave it. */
export function heldReceiptOf(meetingId: string, b: CastBallot): HeldReceipt {
  const { motionId, choice, channel, castAt, version, receipt, subjectRef, proxyRef } = b
  return {
    meetingId,
    motionId,
    subjectId: subjectRef,
    choice,
    channel,
    castAt,
    version,
    receipt,
    ...(proxyRef ? { proxyId: proxyRef } : {}),
  }
}
