import type { VoteChoice } from '@jiayuan/contracts'
import { buildVotingRoll } from '@jiayuan/domain'
import { METER_TTL_MS } from '../../src/assembly/meter'
import { idem, startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'yes']

describe('the live meter (issue #4: cheap, and the same numbers as a full count)', () => {
  it('serves a cached count within its TTL and, after concurrent votes and changes, matches the full tally', async () => {
    const meeting = await k.opened()
    const committee = await k.as('committee')
    const roll = await wholeRoll(k.h, committee, k.h.compoundId)
    const subjects = buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false })
      .subjects.filter((s) => s.kind === 'owner')
      .slice(0, 60)
    const voters = await Promise.all(
      subjects.map(async (s, i) => ({
        s,
        token: await k.person(`meter-${i}`, {
          roles: ['resident', 'owner'],
          ownerId: s.subjectId,
          unitIds: s.units.map((u) => u.unitId),
        }),
      })),
    )
    const meter = async () =>
      (await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: committee })).body
    const before = await meter()
    expect(before.motions[0].raw.participatingHeads).toBe(0)

    // Everyone votes at once; every third voter changes their mind at once too (the last ballot counts, V6).
    const cast = (token: string, choice: VoteChoice) =>
      k.h.request('POST', k.path(meeting.meetingId, '/ballots'), {
        token,
        body: {
          choices: [
            { motionId: 'm1', choice },
            { motionId: 'm2', choice: 'yes' },
          ],
          idempotencyKey: idem('meter'),
        },
      })
    const first = await Promise.all(voters.map((v, i) => cast(v.token, CHOICES[i % 4] ?? 'yes')))
    expect(first.every((r) => r.status === 201)).toBe(true)
    const final = new Map(voters.map((v, i) => [v.s.subjectId, CHOICES[i % 4] ?? 'yes']))
    const changed = voters.filter((_, i) => i % 3 === 0)
    const second = await Promise.all(changed.map((v) => cast(v.token, 'no')))
    expect(second.every((r) => r.status === 201)).toBe(true)
    for (const v of changed) final.set(v.s.subjectId, 'no')

    // Within the TTL the meter is the cached count: no recount per view.
    const cached = await meter()
    expect(cached.asOf).toBe(before.asOf)
    expect(cached.motions[0].raw.participatingHeads).toBe(0)

    k.clock.advance(METER_TTL_MS)
    const live = await meter()
    expect(live.asOf).toBe(k.clock.now().toISOString())
    const areaOf = new Map(subjects.map((s) => [s.subjectId, s.area]))
    const sum = (choice: VoteChoice) =>
      [...final]
        .filter(([, c]) => c === choice)
        .reduce((a, [id]) => ({ heads: a.heads + 1, area: a.area + (areaOf.get(id) ?? 0) }), { heads: 0, area: 0 })
    const [yes, no, abstain] = [sum('yes'), sum('no'), sum('abstain')]
    expect(live.motions[0].raw).toMatchObject({
      participatingHeads: voters.length,
      yesHeads: yes.heads,
      yesArea: yes.area,
      noHeads: no.heads,
      noArea: no.area,
      abstainHeads: abstain.heads,
      abstainArea: abstain.area,
    })

    // The sealed count at close is made from every ballot and agrees with the meter.
    const closed = await k.close(meeting)
    const result = (await k.h.request('GET', k.path(closed.meetingId, '/result'), { token: await k.as('committee') }))
      .body
    expect(result.motions[0].raw).toEqual(live.motions[0].raw)
    expect(result.motions[1].raw).toEqual(live.motions[1].raw)
  })
})
