import type { CompoundSettings, Membership, Role } from '@jiayuan/contracts'
import { putMembership, putUser } from '@jiayuan/db'
import { CLOSE_SETTLE_MS } from '@jiayuan/domain'
import { signToken } from '../../src/http/token'
import { startHarness, type Harness } from '../harness'

const DAY = 86_400_000

/** The API's clock, moved by the test: notice periods and windows pass in an instant. */
export class TestClock {
  private t = Date.parse('2025-03-03T01:00:00.000Z')
  now = (): Date => new Date(this.t)
  advance(ms: number): void {
    this.t += ms
  }
  advanceDays(days: number): void {
    this.advance(days * DAY)
  }
  to(iso: string, plusMs = 0): void {
    this.t = Date.parse(iso) + plusMs
  }
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

export interface AssemblyKit {
  h: Harness
  clock: TestClock
  /** A fresh token for a seeded persona, issued at the test clock's now. */
  as(persona: string): Promise<string>
  /** A person made directly in the db (a roll owner the seed has no persona for), with a long-lived token. */
  person(userId: string, m: { roles: Role[]; ownerId?: string; unitIds?: string[] }): Promise<string>
  upload(token: string, purpose: 'attachment' | 'ballot_scan'): Promise<string>
  settings(change: (s: CompoundSettings) => void): Promise<void>
  /** Creates a meeting, publishes its notice with the shortest notice and a 10-day window, and returns it. */
  noticed(motions?: Array<{ matterType: number; title: string }>, kind?: 'regular' | 'temporary'): Promise<any>
  /** noticed(), then time moves to the opening and the committee opens voting. */
  opened(motions?: Array<{ matterType: number; title: string }>): Promise<any>
  /** Time moves past the window and the settle time; the committee closes. */
  close(meeting: { meetingId: string; votingClosesAt: string }): Promise<any>
  path(meetingId: string, rest?: string): string
  /** Every page of `/ballot-list` or `/export` joined: the first page's header with all entries, in order. */
  wholeList(meetingId: string, token: string, which?: 'ballot-list' | 'export', limit?: number): Promise<any>
}

let keys = 0
export const idem = (label: string) => `${label}-${String(++keys).padStart(6, '0')}`

export const MOTIONS = [
  { matterType: 4, title: '续聘和谐物业服务有限公司' },
  { matterType: 6, title: '筹集电梯更新维修资金' },
]

export async function startAssembly(): Promise<AssemblyKit> {
  const clock = new TestClock()
  const h = await startHarness({ clock: clock.now })
  const as = async (persona: string) => (await h.login(persona)).token
  const path = (meetingId: string, rest = '') => `/v1/compounds/${h.compoundId}/meetings/${meetingId}${rest}`

  const kit: AssemblyKit = {
    h,
    clock,
    as,
    path,
    async person(userId, m) {
      const id = `${h.prefix}${userId}`
      const membership: Membership = {
        compoundId: h.compoundId,
        compoundName: '和谐家园',
        roles: m.roles,
        gridIds: [],
        unitIds: m.unitIds ?? [],
        ...(m.ownerId ? { ownerId: m.ownerId } : {}),
      }
      await putUser(h.deps.db, { userId: id, displayName: userId, createdAt: clock.now().toISOString() })
      await putMembership(h.deps.db, id, membership)
      return signToken(h.deps.tokenSecret, id, [membership], 365 * 86_400, clock.now()).token
    },
    async upload(token, purpose) {
      const ticket = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
        token,
        body: { purpose, contentType: 'image/png', size: PNG.length },
      })
      expect(ticket.status).toBe(201)
      expect((await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PNG })).status).toBe(
        200,
      )
      return ticket.body.key
    },
    async settings(change) {
      const token = await as('admin')
      const current = await h.request('GET', `/v1/compounds/${h.compoundId}`, { token })
      const settings = current.body.settings as CompoundSettings
      change(settings)
      const res = await h.request('PUT', `/v1/compounds/${h.compoundId}/settings`, {
        token,
        body: { settings, reason: '测试：调整表决规则' },
      })
      expect(res.status).toBe(200)
    },
    async noticed(motions = MOTIONS, kind = 'regular') {
      const token = await as('committee')
      const created = await h.request('POST', `/v1/compounds/${h.compoundId}/meetings`, {
        token,
        body: {
          kind,
          title: '2025 年第一次业主大会',
          motions: motions.map((m) => ({ ...m, text: `${m.title}。全文见附件。` })),
          idempotencyKey: idem('meeting'),
        },
      })
      expect(created.status).toBe(201)
      const days = kind === 'temporary' ? 7 : 15
      const opensAt = new Date(clock.now().getTime() + days * DAY).toISOString()
      const closesAt = new Date(Date.parse(opensAt) + 10 * DAY).toISOString()
      const noticed = await h.request('POST', path(created.body.meetingId, '/notice'), {
        token,
        body: { votingOpensAt: opensAt, votingClosesAt: closesAt },
      })
      expect(noticed.status).toBe(200)
      return noticed.body
    },
    async opened(motions = MOTIONS) {
      const meeting = await kit.noticed(motions)
      clock.to(meeting.votingOpensAt)
      const opened = await h.request('POST', path(meeting.meetingId, '/open'), { token: await as('committee') })
      expect(opened.status).toBe(200)
      return opened.body
    },
    async wholeList(meetingId, token, which = 'ballot-list', limit) {
      const entries: unknown[] = []
      let header: Record<string, unknown> | undefined
      let cursor: string | null = null
      do {
        const query = new URLSearchParams({
          ...(cursor !== null ? { cursor } : {}),
          ...(limit ? { limit: String(limit) } : {}),
        }).toString()
        const page = await h.request('GET', path(meetingId, `/${which}${query ? `?${query}` : ''}`), { token })
        expect(page.status).toBe(200)
        expect(page.body.header !== undefined).toBe(cursor === null)
        header ??= page.body.header
        entries.push(...page.body.entries)
        cursor = page.body.nextCursor
      } while (cursor !== null)
      return { ...header, entries }
    },
    async close(meeting) {
      clock.to(meeting.votingClosesAt, CLOSE_SETTLE_MS)
      const closed = await h.request('POST', path(meeting.meetingId, '/close'), { token: await as('committee') })
      expect(closed.status).toBe(200)
      return closed.body
    },
  }
  return kit
}

/** One ballot paper: the same choice on every motion given. */
export const paper = (choice: 'yes' | 'no' | 'abstain', motionIds = ['m1', 'm2']) =>
  motionIds.map((motionId) => ({ motionId, choice }))
