import type { Ballot, BallotChannel, MatterType, TallyResult, VoteChoice } from '@jiayuan/contracts'
import { RuleViolation } from '../../errors'
import { buildVotingRoll } from '../roll/roll'
import { equalRoll, rollInput } from '../roll/roll-fixtures'
import type { UnitSpec } from '../roll/roll-fixtures'
import { tally } from './tally'

/** [subject, choice, channel = online, seq = position in the list] */
type Vote = [string, VoteChoice, BallotChannel?, number?]
/** [area, heads] */
type Pair = [number, number]

interface Case {
  name: string
  units: UnitSpec[]
  developers?: string[]
  parking?: boolean
  matter?: MatterType
  votes: Vote[]
  /** Subjects the ballot was recorded as delivered to; turns 从众 on. */
  delivered?: string[]
  expect: {
    total?: Pair
    participating?: Pair
    yes?: Pair
    no?: Pair
    abstain?: Pair
    quorum?: [boolean, boolean]
    approval?: [boolean, boolean]
    passed: boolean
    deemed?: {
      side: VoteChoice | null
      added: Pair
      participating?: Pair
      quorum?: [boolean, boolean]
      passed: boolean
    }
  }
}

const M = 10_000 // 100 m² in hundredths of m²

function ballots(votes: Vote[], motionId = 'm1'): Ballot[] {
  return votes.map(([subjectId, choice, channel = 'online', seq], i) => ({
    subjectId,
    motionId,
    choice,
    channel,
    castAt: '2025-03-01T09:00:00+08:00',
    seq: seq ?? i + 1,
    ...(channel === 'proxy' ? { proxyId: 'px' } : {}),
  }))
}

function run(c: Pick<Case, 'units' | 'developers' | 'parking' | 'matter' | 'votes' | 'delivered'>): TallyResult {
  const { units, owners, ownerships } = rollInput(c.units, c.developers)
  const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: c.parking ?? false })
  const base = { motionId: 'm1', matterType: c.matter ?? 1 }
  return tally(
    roll,
    ballots(c.votes),
    c.delivered
      ? { ...base, followMajority: true, deliveredSubjectIds: c.delivered }
      : { ...base, followMajority: false },
  )
}

const o = (...ids: number[]) => ids.map((i) => `o${i}`)
const allVote = (choices: VoteChoice[]): Vote[] => choices.map((choice, i) => [`o${i + 1}`, choice])
const areas = (...list: number[]): UnitSpec[] =>
  list.map((area, i) => ({ id: `u${i + 1}`, area, owners: [`o${i + 1}`] }))

const parkingRoll: UnitSpec[] = [...areas(M, M, M), { id: 'p1', area: 5 * M, owners: ['o4'], kind: 'parking' }]
const developerRoll: UnitSpec[] = [
  { id: 'd1', area: M, owners: ['dev'], status: 'developer_unsold' },
  { id: 'd2', area: M, owners: ['dev'], status: 'developer_unsold' },
  { id: 'd3', area: M, owners: ['dev'], status: 'developer_unsold' },
  { id: 'd4', area: M, owners: ['buyer'], status: 'undelivered' },
  { id: 'u5', area: M, owners: ['a'] },
  { id: 'u6', area: M, owners: ['b'] },
]

const cases: Case[] = [
  // V1 quorum boundaries
  {
    name: 'quorum met at exactly 2/3 of area and of heads',
    units: equalRoll(3),
    votes: allVote(['yes', 'yes']),
    expect: {
      total: [3 * M, 3],
      participating: [2 * M, 2],
      quorum: [true, true],
      approval: [true, true],
      passed: true,
    },
  },
  {
    name: 'area one hundredth of m² short of 2/3 fails quorum while heads are exactly 2/3',
    units: areas(M, M, M + 1),
    votes: allVote(['yes', 'yes']),
    expect: { total: [3 * M + 1, 3], quorum: [false, true], approval: [true, true], passed: false },
  },
  {
    name: 'heads just below 2/3 (3 of 5) fail quorum while area is well over',
    units: areas(6 * M, M, M, M, M),
    votes: allVote(['yes', 'yes', 'yes']),
    expect: { participating: [8 * M, 3], quorum: [true, false], passed: false },
  },
  {
    name: 'area exactly 2/3 with unequal units meets quorum',
    units: areas(3 * M, M, M, M),
    votes: allVote(['yes', 'yes', 'yes']),
    expect: { total: [6 * M, 4], participating: [5 * M, 3], quorum: [true, true], passed: true },
  },
  {
    name: 'nobody voting: no quorum, no approval',
    units: equalRoll(3),
    votes: [],
    expect: { participating: [0, 0], quorum: [false, false], approval: [false, false], passed: false },
  },
  // V1 thresholds: 过半数 is strictly more than half
  {
    name: 'exactly half yes by area and heads fails a majority matter',
    units: equalRoll(4),
    matter: 2,
    votes: allVote(['yes', 'yes', 'no', 'no']),
    expect: { yes: [2 * M, 2], no: [2 * M, 2], approval: [false, false], passed: false },
  },
  {
    name: 'just over half by area passes on area, exactly half by heads fails on heads',
    units: areas(M + 1, M, M, M),
    matter: 4,
    votes: allVote(['yes', 'yes', 'no', 'no']),
    expect: { yes: [2 * M + 1, 2], approval: [true, false], passed: false },
  },
  {
    name: 'heads pass but area fails when the big owner votes no',
    units: areas(4 * M, M, M, M),
    matter: 9,
    votes: allVote(['no', 'yes', 'yes', 'yes']),
    expect: { yes: [3 * M, 3], no: [4 * M, 1], approval: [false, true], passed: false },
  },
  {
    name: '3 of 5 yes passes a majority matter',
    units: equalRoll(5),
    matter: 3,
    votes: allVote(['yes', 'yes', 'yes', 'no', 'no']),
    expect: { approval: [true, true], passed: true },
  },
  {
    name: 'the same 3 of 5 fails a 3/4 matter',
    units: equalRoll(5),
    matter: 6,
    votes: allVote(['yes', 'yes', 'yes', 'no', 'no']),
    expect: { approval: [false, false], passed: false },
  },
  // 3/4 boundaries: 四分之三以上 includes exactly 3/4
  {
    name: 'exactly 3/4 by area and heads passes raising the fund (type 6)',
    units: equalRoll(4),
    matter: 6,
    votes: allVote(['yes', 'yes', 'yes', 'no']),
    expect: { approval: [true, true], passed: true },
  },
  {
    name: 'area one hundredth of m² below 3/4 fails a rebuild (type 7)',
    units: areas(M, M, M - 1, M),
    matter: 7,
    votes: allVote(['yes', 'yes', 'yes', 'no']),
    expect: { yes: [3 * M - 1, 3], participating: [4 * M - 1, 4], approval: [false, true], passed: false },
  },
  {
    name: 'heads just below 3/4 (8 of 11) fail a change of use (type 8) while area passes',
    units: areas(...Array<number>(8).fill(2 * M), M, M, M),
    matter: 8,
    votes: allVote([...Array<VoteChoice>(8).fill('yes'), 'no', 'no', 'no']),
    expect: { yes: [16 * M, 8], approval: [true, false], passed: false },
  },
  {
    name: 'a 3/4 matter passes with 3 yes and 1 abstain: exactly 3/4 of those taking part',
    units: equalRoll(4),
    matter: 8,
    votes: allVote(['yes', 'yes', 'yes', 'abstain']),
    expect: { abstain: [M, 1], approval: [true, true], passed: true },
  },
  // V7 abstain
  {
    name: 'abstainers make the quorum but are not yes',
    units: equalRoll(3),
    votes: allVote(['yes', 'abstain', 'abstain']),
    expect: {
      participating: [3 * M, 3],
      abstain: [2 * M, 2],
      quorum: [true, true],
      approval: [false, false],
      passed: false,
    },
  },
  {
    name: 'an abstainer completes the quorum for a motion that then passes',
    units: equalRoll(3),
    matter: 5,
    votes: allVote(['yes', 'yes', 'abstain']),
    expect: { quorum: [true, true], approval: [true, true], passed: true },
  },
  {
    name: 'an abstain blocks a majority that yes against no alone would have had',
    units: equalRoll(4),
    votes: allVote(['yes', 'yes', 'no', 'abstain']),
    expect: { yes: [2 * M, 2], no: [M, 1], abstain: [M, 1], approval: [false, false], passed: false },
  },
  // V3 heads
  {
    name: 'a three-unit owner is one head with the summed area: area passes, heads tie',
    units: [
      { id: 'u1', area: M, owners: ['a'] },
      { id: 'u2', area: M, owners: ['a'] },
      { id: 'u3', area: M, owners: ['a'] },
      { id: 'u4', area: M, owners: ['b'] },
      { id: 'u5', area: M, owners: ['c'] },
    ],
    votes: [
      ['a', 'yes'],
      ['b', 'no'],
    ],
    expect: {
      total: [5 * M, 3],
      participating: [4 * M, 2],
      yes: [3 * M, 1],
      quorum: [true, true],
      approval: [true, false],
      passed: false,
    },
  },
  {
    name: 'a multi-unit owner who changes their vote counts once, with the last ballot',
    units: [
      { id: 'u1', area: M, owners: ['a'] },
      { id: 'u2', area: M, owners: ['a'] },
      { id: 'u3', area: M, owners: ['b'] },
    ],
    votes: [
      ['a', 'yes', 'online', 1],
      ['b', 'yes', 'online', 2],
      ['a', 'no', 'online', 3],
    ],
    expect: { participating: [3 * M, 2], yes: [M, 1], no: [2 * M, 1], passed: false },
  },
  {
    name: 'co-owners count once, through the named voter',
    units: [
      { id: 'u1', area: M, owners: ['husband', 'wife'], voter: 'wife' },
      { id: 'u2', area: M, owners: ['b'] },
      { id: 'u3', area: M, owners: ['c'] },
    ],
    votes: [
      ['wife', 'yes'],
      ['b', 'yes'],
    ],
    expect: { total: [3 * M, 3], participating: [2 * M, 2], quorum: [true, true], passed: true },
  },
  {
    name: 'all developer-held units are one head; alone the two owners miss the area quorum',
    units: developerRoll,
    developers: ['dev'],
    votes: [
      ['a', 'yes'],
      ['b', 'yes'],
    ],
    expect: { total: [6 * M, 3], participating: [2 * M, 2], quorum: [false, true], passed: false },
  },
  {
    name: 'the developer votes once for all its units: area passes, heads tie',
    units: developerRoll,
    developers: ['dev'],
    votes: [
      ['dev', 'yes'],
      ['a', 'no'],
    ],
    expect: {
      participating: [5 * M, 2],
      yes: [4 * M, 1],
      quorum: [true, true],
      approval: [true, false],
      passed: false,
    },
  },
  // V6 proxies
  {
    name: 'a direct vote after a proxy vote overrides it',
    units: equalRoll(3),
    votes: [
      ['o1', 'yes', 'proxy', 1],
      ['o1', 'no', 'online', 2],
      ['o2', 'yes', 'online', 3],
    ],
    expect: { yes: [M, 1], no: [M, 1], approval: [false, false], passed: false },
  },
  {
    name: 'a direct vote before a proxy vote still overrides it',
    units: equalRoll(3),
    votes: [
      ['o1', 'no', 'paper', 1],
      ['o1', 'yes', 'proxy', 2],
      ['o2', 'yes', 'online', 3],
    ],
    expect: { yes: [M, 1], no: [M, 1], approval: [false, false], passed: false },
  },
  {
    name: 'a proxy ballot counts when the principal does not vote',
    units: equalRoll(3),
    votes: [
      ['o1', 'yes', 'proxy'],
      ['o2', 'yes', 'paper'],
    ],
    expect: { yes: [2 * M, 2], passed: true },
  },
  // V8 从众
  {
    name: '从众 off: heads quorum missed and no deemed tally',
    units: equalRoll(5),
    votes: allVote(['yes', 'yes', 'yes']),
    expect: { quorum: [false, false], approval: [true, true], passed: false },
  },
  {
    name: '从众 on: delivered non-voters follow the yes majority and the motion passes in the deemed tally only',
    units: equalRoll(5),
    votes: allVote(['yes', 'yes', 'yes']),
    delivered: o(1, 2, 3, 4, 5),
    expect: {
      quorum: [false, false],
      passed: false,
      deemed: { side: 'yes', added: [2 * M, 2], participating: [5 * M, 5], quorum: [true, true], passed: true },
    },
  },
  {
    name: '从众 on: non-voters without a recorded delivery are not deemed',
    units: equalRoll(7),
    votes: allVote(['yes', 'yes', 'yes']),
    delivered: o(4),
    expect: {
      passed: false,
      deemed: { side: 'yes', added: [M, 1], participating: [4 * M, 4], quorum: [false, false], passed: false },
    },
  },
  {
    name: '从众 on: a tie has no majority, so nothing is deemed',
    units: equalRoll(4),
    votes: allVote(['yes', 'no']),
    delivered: o(1, 2, 3, 4),
    expect: { passed: false, deemed: { side: null, added: [0, 0], participating: [2 * M, 2], passed: false } },
  },
  {
    name: '从众 on: non-voters follow a no majority',
    units: equalRoll(5),
    votes: allVote(['no', 'no', 'yes']),
    delivered: o(1, 2, 3, 4, 5),
    expect: { passed: false, deemed: { side: 'no', added: [2 * M, 2], quorum: [true, true], passed: false } },
  },
  {
    name: '从众 on: area majority yes but heads majority no, so nothing is deemed',
    units: areas(3 * M, M, M, M),
    votes: allVote(['yes', 'no', 'no']),
    delivered: o(1, 2, 3, 4),
    expect: { yes: [3 * M, 1], no: [2 * M, 2], passed: false, deemed: { side: null, added: [0, 0], passed: false } },
  },
  {
    name: '从众 on: an abstaining majority is followed and the motion fails with quorum met',
    units: equalRoll(5),
    votes: allVote(['abstain', 'abstain', 'yes']),
    delivered: o(1, 2, 3, 4, 5),
    expect: { passed: false, deemed: { side: 'abstain', added: [2 * M, 2], quorum: [true, true], passed: false } },
  },
  {
    name: '从众 on under a 3/4 matter: 3 yes of 4 voters, with the fifth deemed yes, passes only deemed',
    units: equalRoll(6),
    matter: 7,
    votes: allVote(['yes', 'yes', 'yes', 'no']),
    delivered: o(5),
    expect: {
      yes: [3 * M, 3],
      quorum: [true, true],
      approval: [true, true],
      passed: true,
      deemed: { side: 'yes', added: [M, 1], passed: true },
    },
  },
  // V3 parking setting
  {
    name: 'parking area off: the parking owner is a head with no area',
    units: parkingRoll,
    votes: allVote(['yes', 'yes', 'yes']),
    expect: { total: [3 * M, 4], participating: [3 * M, 3], quorum: [true, true], passed: true },
  },
  {
    name: 'parking area on: the same votes miss the area quorum',
    units: parkingRoll,
    parking: true,
    votes: allVote(['yes', 'yes', 'yes']),
    expect: { total: [8 * M, 4], participating: [3 * M, 3], quorum: [false, true], passed: false },
  },
  {
    name: 'parking area off: a parking-only owner’s yes adds a head but no area',
    units: parkingRoll,
    votes: [
      ['o4', 'yes'],
      ['o1', 'yes'],
      ['o2', 'no'],
    ],
    expect: { participating: [2 * M, 3], yes: [M, 2], quorum: [true, true], approval: [false, true], passed: false },
  },
]

describe('tally (table)', () => {
  it('has the boundary cases the rules need', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = run(c)
    const e = c.expect
    const pair = (area: number, heads: number): Pair => [area, heads]
    if (e.total) expect(pair(r.totalArea, r.totalHeads)).toEqual(e.total)
    if (e.participating) expect(pair(r.raw.participatingArea, r.raw.participatingHeads)).toEqual(e.participating)
    if (e.yes) expect(pair(r.raw.yesArea, r.raw.yesHeads)).toEqual(e.yes)
    if (e.no) expect(pair(r.raw.noArea, r.raw.noHeads)).toEqual(e.no)
    if (e.abstain) expect(pair(r.raw.abstainArea, r.raw.abstainHeads)).toEqual(e.abstain)
    if (e.quorum) expect([r.raw.quorum.area, r.raw.quorum.heads]).toEqual(e.quorum)
    if (e.approval) expect([r.raw.approval.area, r.raw.approval.heads]).toEqual(e.approval)
    expect(r.raw.passed).toBe(e.passed)
    expect(r.threshold).toBe([6, 7, 8].includes(c.matter ?? 1) ? 'three_quarters' : 'majority')

    if (!c.delivered) {
      expect(r.deemed).toBeNull()
      return
    }
    if (!r.deemed || !e.deemed) throw new Error('a 从众 case must expect and produce a deemed tally')
    expect(r.deemed.side).toBe(e.deemed.side)
    expect(pair(r.deemed.deemedArea, r.deemed.deemedHeads)).toEqual(e.deemed.added)
    expect(r.deemed.participatingArea).toBe(r.raw.participatingArea + r.deemed.deemedArea)
    expect(r.deemed.participatingHeads).toBe(r.raw.participatingHeads + r.deemed.deemedHeads)
    if (e.deemed.participating) {
      expect(pair(r.deemed.participatingArea, r.deemed.participatingHeads)).toEqual(e.deemed.participating)
    }
    if (e.deemed.quorum) expect([r.deemed.quorum.area, r.deemed.quorum.heads]).toEqual(e.deemed.quorum)
    expect(r.deemed.passed).toBe(e.deemed.passed)
  })
})

describe('tally (whole record)', () => {
  it('returns every number, raw and deemed', () => {
    const r = run({
      units: areas(3 * M, M, M, M, M),
      matter: 5,
      votes: allVote(['yes', 'no', 'abstain']),
      delivered: o(4),
    })
    expect(r).toEqual({
      motionId: 'm1',
      matterType: 5,
      threshold: 'majority',
      totalArea: 7 * M,
      totalHeads: 5,
      raw: {
        participatingArea: 5 * M,
        participatingHeads: 3,
        yesArea: 3 * M,
        yesHeads: 1,
        noArea: M,
        noHeads: 1,
        abstainArea: M,
        abstainHeads: 1,
        nonVotingArea: 2 * M,
        nonVotingHeads: 2,
        quorum: { area: true, heads: false, met: false },
        approval: { area: true, heads: false },
        passed: false,
      },
      // yes leads on area (3/5) but not on heads (1/3): no majority side, so the delivered o4 is not deemed.
      deemed: {
        participatingArea: 5 * M,
        participatingHeads: 3,
        yesArea: 3 * M,
        yesHeads: 1,
        noArea: M,
        noHeads: 1,
        abstainArea: M,
        abstainHeads: 1,
        nonVotingArea: 2 * M,
        nonVotingHeads: 2,
        quorum: { area: true, heads: false, met: false },
        approval: { area: true, heads: false },
        passed: false,
        side: null,
        deemedArea: 0,
        deemedHeads: 0,
      },
    })
  })

  it('counts only the given motion and does not deem a subject twice', () => {
    const log = [...ballots(allVote(['yes', 'yes'])), ...ballots([['o3', 'no', 'online', 99]], 'm2')]
    const { units, owners, ownerships } = rollInput(equalRoll(4))
    const roll = buildVotingRoll(units, owners, ownerships, { parkingAreaCounts: false })
    const r = tally(roll, log, { motionId: 'm1', matterType: 1, followMajority: true, deliveredSubjectIds: o(1, 3, 3) })
    expect(r.raw.participatingHeads).toBe(2)
    expect(r.deemed?.deemedHeads).toBe(1)
    expect(r.deemed?.yesHeads).toBe(3)
  })

  it.each<[string, () => TallyResult]>([
    [
      'a ballot from a co-owner who is not the voter',
      () => run({ units: [{ id: 'u1', area: M, owners: ['h', 'w'] }], votes: [['w', 'yes']] }),
    ],
    ['a delivery to someone not on the roll', () => run({ units: equalRoll(2), votes: [], delivered: ['ghost'] })],
    [
      'an empty roll',
      () =>
        tally({ parkingAreaCounts: false, subjects: [] }, [], { motionId: 'm1', matterType: 1, followMajority: false }),
    ],
    [
      'a roll with no counted area',
      () => run({ units: [{ id: 'p1', area: M, owners: ['a'], kind: 'parking' }], votes: [] }),
    ],
  ])('refuses %s', (_, act) => {
    expect(act).toThrow(RuleViolation)
  })
})
