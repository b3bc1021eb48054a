import http from 'node:http'
import { ROLL_CSV_COLUMNS, type Ballot, type Membership, type VoteChoice } from '@jiayuan/contracts'
import { putMembership, putUser } from '@jiayuan/db'
import { buildVotingRoll, tally, verifyMeetingExport } from '@jiayuan/domain'
import { signToken } from '../../src/http/token'
import { startAssembly, type AssemblyKit } from './assembly-helpers'
import { wholeRoll } from '../harness'

jest.setTimeout(600_000)

let k: AssemblyKit
beforeAll(async () => {
  k = await startAssembly()
})
afterAll(async () => k.h.close())

const N = 2_000
const CHOICES: readonly VoteChoice[] = ['yes', 'yes', 'no', 'abstain']
/** Area of generated owner n in hundredths of m²: 60.00 to 127.13 m². */
const areaOf = (n: number) => 6_000 + (n % 50) * 137
const owner = (n: number) => `o8-${n}`

function rollCsv(): string {
  const rows = Array.from({ length: N }, (_, n) => {
    const row: Record<string, string> = {
      building_id: 'b8',
      building_name: '8号楼',
      unit_id: `b8-${n}`,
      unit_label: `8-1-${n}`,
      kind: 'residential',
      status: 'owned',
      registered_area: (areaOf(n) / 100).toFixed(2),
      surveyed_area: '',
      contract_area: '',
      owner_id: owner(n),
      owner_kind: 'person',
      owner_name: `业主${n}`,
      owner_phone: '',
      is_developer: 'no',
      is_voter: 'yes',
    }
    return ROLL_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')
  })
  return [ROLL_CSV_COLUMNS.join(','), ...rows].join('\n')
}

/** 2,000 owners of record, made in the db as approved bindings would leave them, each with a token. */
async function makeOwners(): Promise<string[]> {
  const tokens: string[] = []
  for (let start = 0; start < N; start += 100) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(100, N - start) }, async (_, i) => {
        const n = start + i
        const userId = `${k.h.prefix}u8-${n}`
        const m: Membership = {
          compoundId: k.h.compoundId,
          compoundName: '和谐家园',
          roles: ['resident', 'owner'],
          gridIds: [],
          unitIds: [`b8-${n}`],
          ownerId: owner(n),
        }
        await putUser(k.h.deps.db, { userId, displayName: `业主${n}`, createdAt: k.clock.now().toISOString() })
        await putMembership(k.h.deps.db, userId, m)
        return signToken(k.h.deps.tokenSecret, userId, [m], 365 * 86_400, k.clock.now()).token
      }),
    )
    tokens.push(...batch)
  }
  return tokens
}

/**
 * The ballots go over keep-alive connections, at most 256 open at once (as a gateway in front of the API would
 * hold them); all requests are issued together and the rest queue in the agent.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
afterAll(() => agent.destroy())
let networkRetries = 0

function postOnce(path: string, token: string, data: string): Promise<{ status: number; body: any }> {
  const url = new URL(`${k.h.url}${path}`)
  return new Promise((resolve, reject) => {
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(data),
      authorization: `Bearer ${token}`,
    }
    const req = http.request(
      { agent, method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers },
      (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }))
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

/**
 * A phone on a bad network sends the same request again when the connection drops, with the same idempotency
 * key; so does this client when the local server resets a connection under the load.
 */
async function post(path: string, token: string, body: unknown): Promise<{ status: number; body: any }> {
  const data = JSON.stringify(body)
  for (let attempt = 1; ; attempt++) {
    try {
      return await postOnce(path, token, data)
    } catch (err) {
      if (attempt >= 5) throw err
      networkRetries++
      await new Promise((r) => setTimeout(r, 100 * attempt))
    }
  }
}

interface Ack {
  n: number
  status: number
  replayed: boolean
  ballots: Array<{ motionId: string; choice: VoteChoice; version: number; receipt: string }>
}

describe('2,000 owners voting at once, with retries and changes (DOMAIN V6, exactly once)', () => {
  it('keeps one effective ballot per owner and motion, and counts exactly what the domain counts', async () => {
    const committee = await k.as('committee')
    const imported = await k.h.request('POST', `/v1/compounds/${k.h.compoundId}/roll/import`, {
      token: committee,
      body: { csv: rollCsv() },
    })
    expect(imported).toMatchObject({ status: 200, body: { units: N, owners: N } })
    const tokens = await makeOwners()
    const meeting = await k.opened()

    const cast = async (n: number, key: string, m1: VoteChoice, m2: VoteChoice): Promise<Ack> => {
      const res = await post(k.path(meeting.meetingId, '/ballots'), tokens[n] ?? '', {
        choices: [
          { motionId: 'm1', choice: m1 },
          { motionId: 'm2', choice: m2 },
        ],
        idempotencyKey: key,
      })
      return { n, status: res.status, replayed: res.body?.replayed, ballots: res.body?.ballots ?? [] }
    }
    const first = (n: number) =>
      cast(n, `first-${String(n).padStart(4, '0')}`, CHOICES[n % 4] ?? 'yes', CHOICES[(n + 1) % 4] ?? 'no')

    // Wave 1: every owner's first ballot, and for 400 of them the same request sent again at the same moment.
    const started = Date.now()
    const wave1 = await Promise.all(
      Array.from({ length: N }, (_, n) => (n < 400 ? [first(n), first(n)] : [first(n)])).flat(),
    )
    const wave1Ms = Date.now() - started
    expect(wave1.filter((a) => a.status !== 201).map((a) => [a.n, a.status])).toEqual([])
    for (let n = 0; n < 400; n++) {
      // Sent side by side: one stored the ballot, the other found it (a dropped connection may make both find it).
      const pair = wave1.filter((a) => a.n === n)
      expect(pair.filter((a) => !a.replayed).length).toBeLessThanOrEqual(1)
      expect(pair[0]?.ballots.map((b) => b.receipt)).toEqual(pair[1]?.ballots.map((b) => b.receipt))
    }

    // Wave 2, a minute later: 300 owners change their vote, 100 of them twice at the same moment.
    k.clock.advance(60_000)
    const second = (n: number) => cast(n, `second-${String(n).padStart(4, '0')}`, 'no', 'yes')
    const third = (n: number) => cast(n, `third-${String(n).padStart(4, '0')}`, 'abstain', 'abstain')
    const wave2 = await Promise.all(
      Array.from({ length: 300 }, (_, n) => (n < 100 ? [second(n), third(n)] : [second(n)])).flat(),
    )
    expect(wave2.filter((a) => a.status !== 201).map((a) => [a.n, a.status])).toEqual([])

    // What each owner's ballot should be: per motion, the acknowledged ballot with the highest version.
    const final = new Map<string, { choice: VoteChoice; version: number }>()
    for (const ack of [...wave1, ...wave2]) {
      for (const b of ack.ballots) {
        const key = `${b.motionId}|${owner(ack.n)}`
        if ((final.get(key)?.version ?? 0) < b.version) final.set(key, { choice: b.choice, version: b.version })
      }
    }
    expect(final.size).toBe(2 * N)
    for (let n = 0; n < 100; n++)
      expect([final.get(`m1|${owner(n)}`)?.version, final.get(`m2|${owner(n)}`)?.version]).toEqual([3, 3])

    // Counted straight from the generated data: heads and area per choice.
    const roll = await wholeRoll(k.h, await k.as('committee'), k.h.compoundId)
    const voting = buildVotingRoll(roll.units, roll.owners, roll.ownerships, { parkingAreaCounts: false })
    const expectedCounts = (motionId: string) => {
      const c = { yes: [0, 0], no: [0, 0], abstain: [0, 0] } as Record<VoteChoice, [number, number]>
      for (let n = 0; n < N; n++) {
        const choice = final.get(`${motionId}|${owner(n)}`)?.choice ?? 'yes'
        c[choice][0] += areaOf(n)
        c[choice][1] += 1
      }
      return {
        yesArea: c.yes[0],
        yesHeads: c.yes[1],
        noArea: c.no[0],
        noHeads: c.no[1],
        abstainArea: c.abstain[0],
        abstainHeads: c.abstain[1],
        participatingHeads: N,
      }
    }
    // And by the domain's own tally over the roll as the API serves it, from the acknowledged ballots.
    const ballots: Ballot[] = [...final].map(([key, { choice }], seq) => {
      const [motionId = '', subjectId = ''] = key.split('|')
      return { seq, motionId, subjectId, choice, channel: 'online', castAt: meeting.votingOpensAt }
    })
    const independent = [
      tally(voting, ballots, { motionId: 'm1', matterType: 4, followMajority: false }),
      tally(voting, ballots, { motionId: 'm2', matterType: 6, followMajority: false }),
    ]

    const live = (await k.h.request('GET', k.path(meeting.meetingId, '/turnout'), { token: await k.as('owner') })).body
    for (const [i, motionId] of ['m1', 'm2'].entries()) {
      expect(live.motions[i].raw).toMatchObject(expectedCounts(motionId))
      expect({ ...live.motions[i], title: undefined, quorumShortfall: undefined }).toEqual({
        ...independent[i],
        title: undefined,
        quorumShortfall: undefined,
      })
    }

    const closed = await k.close(meeting)
    expect(closed.ballotLog).toMatchObject({
      count: 2 * (N + 300 + 100),
      channels: { online: 2 * (N + 400), paper: 0, proxy: 0 },
    })
    const result = (await k.h.request('GET', k.path(meeting.meetingId, '/result'), { token: await k.as('committee') }))
      .body
    expect(result.motions.map(({ title: _t, ...r }: { title: string }) => r)).toEqual(independent)

    const exported = await k.wholeList(meeting.meetingId, await k.as('committee'), 'export')
    expect(exported.entries).toHaveLength(2 * (N + 400))
    expect(verifyMeetingExport(exported)).toMatchObject({ ok: true, problems: [] })
    console.log(
      `2,400 ballot requests at once: ${wave1Ms} ms; ${networkRetries} resent after a dropped connection; ${exported.entries.length} sealed entries`,
    )
  })
})
