/**
 * Ballots of one meeting are spread over this many partitions by voter, so thousands of voters writing at once
 * never meet on one partition (each version item is written once, with a condition, and never updated).
 */
export const BALLOT_SHARDS = 10

/** A small stable hash (FNV-1a) of the voter, so each voter's versions always land in the same shard. */
export function ballotShard(subjectId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < subjectId.length; i++) h = Math.imul(h ^ subjectId.charCodeAt(i), 0x01000193)
  return (h >>> 0) % BALLOT_SHARDS
}

const mtg = (cid: string, mid: string) => `C#${cid}#MTG#${mid}`
const pad = (n: number, width: number) => String(n).padStart(width, '0')
const snap = (cid: string, mid: string, rollHash: string) => `${mtg(cid, mid)}#ROLL#${rollHash.slice(0, 16)}`

/** Keys of the assembly context: meetings, motions, frozen rolls, ballots, the sealed log, proxies, deliveries. */
export const assemblyKeys = {
  /** Meeting header (status, window, frozen rules, results) and, in the same partition, its small records. */
  meeting: (cid: string, mid: string) => ({ PK: mtg(cid, mid), SK: 'META' }),
  meetingPartition: mtg,
  meetingIndex: (cid: string, createdAt: string, mid: string) => ({
    GSI1PK: `C#${cid}#MTGS`,
    GSI1SK: `${createdAt}#${mid}`,
  }),
  motion: (cid: string, mid: string, motionId: string) => ({ PK: mtg(cid, mid), SK: `MOT#${motionId}` }),
  motionPrefix: 'MOT#',
  proxy: (cid: string, mid: string, principalId: string) => ({ PK: mtg(cid, mid), SK: `PROXY#${principalId}` }),
  proxyPrefix: 'PROXY#',
  /** One per proxy holder: the count of principals, capped by a condition (DOMAIN V6). */
  proxyHolder: (cid: string, mid: string, holderUserId: string) => ({
    PK: mtg(cid, mid),
    SK: `HOLDER#${holderUserId}`,
  }),
  delivery: (cid: string, mid: string, subjectId: string) => ({ PK: mtg(cid, mid), SK: `DELIV#${subjectId}` }),
  deliveryPrefix: 'DELIV#',
  objection: (cid: string, mid: string, objectionId: string) => ({ PK: mtg(cid, mid), SK: `OBJ#${objectionId}` }),
  objectionPrefix: 'OBJ#',
  /** The live meter's last count (aggregates only), refreshed when older than a few seconds. */
  tallyCache: (cid: string, mid: string) => ({ PK: mtg(cid, mid), SK: 'TALLY' }),

  /**
   * The roll frozen at opening (DOMAIN V5), one item per voting subject and per unit. Keyed by the roll hash,
   * so two openers racing write identical items or separate partitions, never a mix.
   */
  rollSnapshotPartition: snap,
  rollSnapshotMeta: (cid: string, mid: string, rollHash: string) => ({ PK: snap(cid, mid, rollHash), SK: 'META' }),
  rollSubject: (cid: string, mid: string, rollHash: string, subjectId: string) => ({
    PK: snap(cid, mid, rollHash),
    SK: `S#${subjectId}`,
  }),
  rollUnit: (cid: string, mid: string, rollHash: string, unitId: string) => ({
    PK: snap(cid, mid, rollHash),
    SK: `U#${unitId}`,
  }),

  /** One immutable item per ballot version: voter first, so one Query reads a voter's whole history. */
  ballotShardPartition: (cid: string, mid: string, shard: number) => `${mtg(cid, mid)}#BAL#${shard}`,
  ballot: (cid: string, mid: string, subjectId: string, motionId: string, version: number) => ({
    PK: `${mtg(cid, mid)}#BAL#${ballotShard(subjectId)}`,
    SK: `${subjectId}#${motionId}#${pad(version, 4)}`,
  }),
  ballotsOfSubject: (cid: string, mid: string, subjectId: string) => ({
    PK: `${mtg(cid, mid)}#BAL#${ballotShard(subjectId)}`,
    prefix: `${subjectId}#`,
  }),

  /** The sealed, hash-chained log written at close, in seq order (DOMAIN V11). */
  ballotLogPartition: (cid: string, mid: string) => `${mtg(cid, mid)}#LOG`,
  ballotLogEntry: (cid: string, mid: string, seq: number) => ({ PK: `${mtg(cid, mid)}#LOG`, SK: pad(seq, 8) }),
  /**
   * A receipt's place in the sealed log, written with it at close, so one receipt is checked without reading
   * the log. Receipts are sha256 hex, so they spread evenly; not in the log's partition, which is read whole.
   */
  receiptIndex: (cid: string, mid: string, receipt: string) => ({ PK: `${mtg(cid, mid)}#RCPT`, SK: `R#${receipt}` }),
  /** Written after every receipt item: its absence means a log sealed before the index (or a close cut short). */
  receiptIndexComplete: (cid: string, mid: string) => ({ PK: `${mtg(cid, mid)}#RCPT`, SK: 'COMPLETE' }),
}
