import {
  Roll,
  projectorOf,
  type Ballot,
  type JournalEntry,
  type Owner,
  type Ownership,
  type Unit,
  type VoteChoice,
} from '@jiayuan/contracts'
import { LEDGER_GENESIS_HASH, appendEntry, buildVotingRoll, tally, verifyChain } from '@jiayuan/domain'

export interface DomainTimings {
  rollBuildMs: number
  tallyMs: number
  tallyHeads: number
  chainBuildMs: number
  chainVerifyMs: number
  chainEntries: number
  /** The 10,000-unit roll answered whole (roll.get): shaped by zod's parse, and by the contract's projection. */
  rollResponseKiB: number
  rollParseMs: number
  rollProjectMs: number
}

/** A 10,000-unit compound: multi-unit owners, co-owned units (one named voter), developer stock, parking. */
function bigRoll(): { units: Unit[]; owners: Owner[]; ownerships: Ownership[] } {
  const units: Unit[] = []
  const owners = new Map<string, Owner>([
    ['dev', { ownerId: 'dev', kind: 'organisation', name: '开发商', isDeveloper: true }],
  ])
  const ownerships: Ownership[] = []
  for (let i = 0; i < 10_000; i++) {
    const parking = i >= 9_700
    units.push({
      unitId: `u${i}`,
      buildingId: `b${i % 40}`,
      label: `u${i}`,
      kind: parking ? 'parking' : 'residential',
      status: i < 200 ? 'developer_unsold' : 'owned',
      area: 5_000 + (i % 7) * 1_000,
      areaSource: 'registered',
    })
    const holders =
      i < 200 ? ['dev'] : i < 2_200 ? [`o${Math.floor(i / 2)}`] : i % 10 === 3 ? [`o${i}`, `spouse${i}`] : [`o${i}`]
    holders.forEach((ownerId, k) => {
      if (!owners.has(ownerId)) owners.set(ownerId, { ownerId, kind: 'person', name: ownerId, isDeveloper: false })
      ownerships.push({ unitId: `u${i}`, ownerId, isVoter: k === 0 })
    })
  }
  return { units, owners: [...owners.values()], ownerships }
}

const CHOICES: Array<VoteChoice | undefined> = ['yes', 'yes', 'no', 'abstain', undefined]

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = work()
  return { value, ms: performance.now() - started }
}

/** DOMAIN V1–V8 on a 10,000-unit roll, and F10 verification of a 100,000-entry chain, timed. */
export function measureDomain(): DomainTimings {
  const input = bigRoll()
  const roll = timed(() => buildVotingRoll(input.units, input.owners, input.ownerships, { parkingAreaCounts: false }))
  const ballots: Ballot[] = []
  roll.value.subjects.forEach((s, n) => {
    const choice = CHOICES[n % CHOICES.length]
    if (choice)
      ballots.push({
        subjectId: s.subjectId,
        motionId: 'm1',
        choice,
        channel: 'online',
        castAt: '2025-03-01T09:00:00+08:00',
        seq: n,
      })
  })
  const counted = timed(() => tally(roll.value, ballots, { motionId: 'm1', matterType: 1, followMajority: false }))

  const entries: JournalEntry[] = []
  const built = timed(() => {
    let head = { seq: 0, headHash: LEDGER_GENESIS_HASH, count: 0 }
    for (let i = 1; i <= 100_000; i++) {
      const amountFen = 100 + (i % 997)
      const entry = appendEntry(head, {
        entryId: `e${i}`,
        compoundId: 'c-bench',
        postedAt: `2025-${String(1 + (i % 12)).padStart(2, '0')}-15T10:00:00+08:00`,
        kind: 'expense',
        memo: `第 ${i} 笔`,
        counterparty: '和谐物业服务有限公司',
        legs: [
          { account: 'expense:maintenance', amountFen },
          { account: 'asset:bank', amountFen: -amountFen },
        ],
      })
      entries.push(entry)
      head = { seq: entry.seq, headHash: entry.hash, count: entry.seq }
    }
  })
  // What the API does to every answer before sending it: parse (outside production) or project (production).
  const answer = { buildings: [], ...input }
  const project = projectorOf(Roll)
  Roll.parse(answer)
  project(answer)
  const parsed = timed(() => Roll.parse(answer))
  const projected = timed(() => project(answer))
  const verified = timed(() => verifyChain(entries))
  if (!verified.value.ok) throw new Error(`bench chain does not verify: ${JSON.stringify(verified.value)}`)
  return {
    rollBuildMs: roll.ms,
    tallyMs: counted.ms,
    tallyHeads: counted.value.totalHeads,
    chainBuildMs: built.ms,
    chainVerifyMs: verified.ms,
    chainEntries: entries.length,
    rollResponseKiB: JSON.stringify(answer).length / 1024,
    rollParseMs: parsed.ms,
    rollProjectMs: projected.ms,
  }
}
