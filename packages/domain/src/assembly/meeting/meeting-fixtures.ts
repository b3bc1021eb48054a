import type { BallotChannel, MeetingExport, MeetingRules, MotionResult, VoteChoice } from '@jiayuan/contracts'
import { countMotions, publicVotingRoll } from '../counting/count-meeting'
import { buildVotingRoll } from '../roll/roll'
import { rollHash } from '../roll/roll-hash'
import { equalRoll, rollInput } from '../roll/roll-fixtures'
import { headHash, sealBallots, toBallot } from '../ballots/seal'
import type { BallotRecord } from '../ballots/seal'
import { ballotReceipt, proxyRef, voterRef } from '../ballots/voter-ref'

/** Test-only: rules as the national defaults give them. */
export function rules(overrides: Partial<MeetingRules> = {}): MeetingRules {
  return {
    city: '杭州',
    noticeDays: 15,
    votingWindowMinDays: 5,
    votingWindowMaxDays: 60,
    followMajority: { enabled: false },
    parkingAreaCounts: false,
    allowVoteChange: true,
    namedBallots: false,
    proxyCap: 3,
    ...overrides,
  }
}

export const OPENS = '2025-03-01T00:00:00.000Z'
export const CLOSES = '2025-03-11T00:00:00.000Z'

/** [owner, choice, minutes after opening, channel, version] */
export type Cast = [string, VoteChoice, number, BallotChannel?, number?]

/** Test-only: a sealed, counted meeting of `heads` equal owners with motion m1 (type 1) and m2 (type 6). */
export function sealedExport(heads: number, casts: Cast[], delivered: string[] | null = null): MeetingExport {
  const { units, owners, ownerships } = rollInput(equalRoll(heads))
  const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: false })
  const refs = Object.fromEntries(roll.subjects.map((s) => [s.subjectId, voterRef('salt', s.subjectId, false)]))
  const records: BallotRecord[] = casts.flatMap(([owner, choice, minutes, channel = 'online', version = 1]) =>
    ['m1', 'm2'].map((motionId) => {
      const base = {
        motionId,
        subjectId: refs[owner] ?? owner,
        choice,
        channel,
        castAt: new Date(Date.parse(OPENS) + minutes * 60_000).toISOString(),
        version,
        ...(channel === 'proxy' ? { proxyId: proxyRef('salt', 'holder') } : {}),
      }
      return { ...base, receipt: ballotReceipt('mtg1', base) }
    }),
  )
  const entries = sealBallots(records)
  const publicRoll = roll.subjects.map((s) => ({ ref: refs[s.subjectId] ?? '', kind: s.kind, area: s.area }))
  const motions = [
    { motionId: 'm1', matterType: 1 as const },
    { motionId: 'm2', matterType: 6 as const },
  ]
  const deliveredRefs = delivered?.map((o) => refs[o] ?? o) ?? null
  const results = countMotions(
    publicVotingRoll(publicRoll),
    entries.map((e) => toBallot(e.payload)),
    motions,
    deliveredRefs,
  )
  return {
    meetingId: 'mtg1',
    compoundId: 'c1',
    namedBallots: false,
    rollHash: rollHash(roll),
    window: { opensAt: OPENS, closesAt: CLOSES },
    motions,
    publicRoll,
    deliveredRefs,
    entries,
    headHash: headHash(entries),
    names: {},
    results,
    roll,
    refs,
  }
}

const counts = {
  yesArea: 8,
  yesHeads: 8,
  noArea: 1,
  noHeads: 1,
  abstainArea: 0,
  abstainHeads: 0,
  nonVotingArea: 1,
  nonVotingHeads: 1,
}
/** A counted motion whose raw tally passed or not, for rules that read a published result. */
export const motionResult = (motionId: string, matterType: number, passed: boolean): MotionResult =>
  ({
    motionId,
    matterType,
    threshold: 'majority',
    totalArea: 10,
    totalHeads: 10,
    raw: {
      ...counts,
      quorum: { area: true, heads: true, met: true },
      approval: { area: passed, heads: passed },
      passed,
    },
    deemed: null,
    title: `议题 ${motionId}`,
  }) as MotionResult
