import { runDecisionSweep } from '../../src/governance/index'
import { startHarness, type Harness } from '../harness'
import { JPEG, actOk, reportOk, setClock, sweep } from '../tickets/tickets-kit'

/** 三驾马车 (DOMAIN G1–G3): the parties on record, a four-party meeting from agenda to locked minutes, decisions to done. */

let h: Harness
const DAY = 86_400_000
const start = new Date('2026-03-02T02:00:00Z')
const gov = (rest = '') => `/v1/compounds/${h.compoundId}/governance${rest}`
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
const as = (persona: string) => tokens[persona] ?? ''

async function attachment(token: string): Promise<string> {
  const up = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'attachment', contentType: 'image/jpeg', size: JPEG.length },
  })
  await fetch(up.body.url, { method: 'PUT', headers: up.body.headers, body: JPEG })
  return up.body.key as string
}

const branch = (secretaryId: string) => ({
  name: '和谐家园党支部',
  secretary: { name: '王芳', userId: secretaryId },
  members: [{ name: '李建国', post: '楼道长先锋岗' }],
})

/** Moves the API's clock and logs everyone in again (tokens expire two hours after the clock). */
async function at(when: Date): Promise<void> {
  setClock(h, when)
  for (const p of ['resident', 'owner', 'staff', 'committee', 'admin']) {
    const s = await h.login(p)
    tokens[p] = s.token
    ids[p] = s.user.userId
  }
}

beforeAll(async () => {
  h = await startHarness()
  await at(start)
})
afterAll(async () => h.close())

describe('G1 the three parties on record', () => {
  it('the community admin records the Party branch; versions are kept; a stale save is refused', async () => {
    const first = await h.request('PUT', gov('/parties/party-branch'), {
      token: as('admin'),
      body: { record: branch(ids.resident ?? ''), reason: '支部换届', expectedVersion: 0 },
    })
    expect(first.status).toBe(200)
    const stale = await h.request('PUT', gov('/parties/party-branch'), {
      token: as('admin'),
      body: { record: { ...branch(ids.resident ?? ''), name: '旧名' }, reason: '改名', expectedVersion: 0 },
    })
    expect(stale.status).toBe(409)
    const second = await h.request('PUT', gov('/parties/party-branch'), {
      token: as('admin'),
      body: { record: { ...branch(ids.resident ?? ''), members: [] }, reason: '党员转出', expectedVersion: 1 },
    })
    expect(second.status).toBe(200)
    const read = await h.request('GET', gov('/parties'), { token: as('owner') })
    expect(read.body.partyBranch.current).toMatchObject({ version: 2, reason: '党员转出', byName: '郑强' })
    expect(read.body.partyBranch.history.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(read.body.partyBranch.history[1].record.members[0]).toEqual({ name: '李建国', post: '楼道长先锋岗' })
    expect(read.body.company.feeModel).toBeTruthy()
  })

  it('two admins saving on the same version at once: exactly one lands, the other is told to reload', async () => {
    const save = (name: string) =>
      h.request('PUT', gov('/parties/party-branch'), {
        token: as('admin'),
        body: { record: { ...branch(ids.resident ?? ''), name }, reason: '同时修改', expectedVersion: 2 },
      })
    const answers = await Promise.all(['甲支部', '乙支部', '丙支部', '丁支部', '戊支部'].map(save))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409])
    const read = await h.request('GET', gov('/parties'), { token: as('admin') })
    expect(read.body.partyBranch.history.map((v: { version: number }) => v.version)).toEqual([3, 2, 1])
  })

  it('only the community admin edits; a contract ending before it starts is refused naming the field, nothing written', async () => {
    const company = { name: '杭州安居物业', contractStart: '2026-01-01', contractEnd: '2028-12-31' }
    const staff = await h.request('PUT', gov('/parties/company'), {
      token: as('staff'),
      body: { record: company, reason: '续签', expectedVersion: 0 },
    })
    expect(staff.status).toBe(403)
    const bad = await h.request('PUT', gov('/parties/company'), {
      token: as('admin'),
      body: { record: { ...company, contractEnd: '2025-12-31' }, reason: '续签', expectedVersion: 0 },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0]).toEqual({
      field: 'body.record.contractEnd',
      message: '合同结束日期应晚于开始日期',
    })
    expect((await h.request('GET', gov('/parties'), { token: as('admin') })).body.company.current).toBeNull()
    const ok = await h.request('PUT', gov('/parties/company'), {
      token: as('admin'),
      body: { record: company, reason: '续签', expectedVersion: 0 },
    })
    expect(ok.body.company.current).toMatchObject({ version: 1, record: company })
  })
})

describe('G2 a four-party meeting and G3 its decisions', () => {
  let escalatedId = ''
  let overdueId = ''
  let meetingId = ''
  let revision = 0
  const meeting = (rest = '') => gov(`/meetings/${meetingId}${rest}`)

  it('drafts the agenda from an escalated and an overdue ticket; under 3 days of notice is refused', async () => {
    escalatedId = await reportOk(h, as('resident'), { description: '东门外广场夜间噪音' })
    await actOk(h, as('staff'), escalatedId, { type: 'escalate', to: 'community', reason: '广场在小区外' })
    overdueId = await reportOk(h, as('owner'), { description: '3号楼电梯经常停运' })
    await at(new Date(start.getTime() + 2 * DAY))
    await sweep(h)
    const now = h.deps.clock().getTime()
    const body = {
      kind: 'four',
      title: '三月四方联席会议',
      place: '社区议事厅',
      attendees: [
        { party: 'community', name: '郑强' },
        { party: 'property', name: '孙丽' },
      ],
      idempotencyKey: 'jm-test-0001',
    }
    const short = await h.request('POST', gov('/meetings'), {
      token: as('admin'),
      body: { ...body, startsAt: new Date(now + 2 * DAY).toISOString() },
    })
    expect(short.status).toBe(400)
    expect(short.body.error.details[0].field).toBe('startsAt')
    expect((await h.request('GET', gov('/meetings'), { token: as('admin') })).body.meetings).toEqual([])
    const made = await h.request('POST', gov('/meetings'), {
      token: as('admin'),
      body: { ...body, startsAt: new Date(now + 4 * DAY).toISOString() },
    })
    expect(made.status).toBe(201)
    meetingId = made.body.meetingId
    revision = made.body.revision
    const sources = made.body.agenda.map((i: { source: unknown }) => i.source)
    expect(sources[0]).toEqual({ kind: 'previous_minutes' })
    expect(sources).toContainEqual({ kind: 'escalation', ticketId: escalatedId })
    expect(sources).toContainEqual({ kind: 'overdue_ticket', ticketId: overdueId })
    expect(made.body.parties).toEqual(['party_branch', 'committee', 'property', 'community'])
  })

  it('draft minutes are for the parties and the community only', async () => {
    expect((await h.request('GET', meeting(), { token: as('owner') })).status).toBe(403)
    expect((await h.request('GET', meeting(), { token: as('staff') })).status).toBe(200)
    // 王芳 is the branch secretary on record: she reads as the Party branch.
    expect((await h.request('GET', meeting(), { token: as('resident') })).body.myParties).toEqual(['party_branch'])
  })

  const decision = (over: Record<string, unknown> = {}) => ({
    decisionId: 'd1',
    title: '物业两周内更换3号楼电梯控制板',
    owner: { kind: 'party', party: 'property', name: '物业公司' },
    dueDate: '2026-03-20',
    itemIds: [],
    ticketIds: [overdueId],
    ...over,
  })

  it('a decision without an owner or a due date is refused naming the field, and nothing is written', async () => {
    const { owner: _o, ...noOwner } = decision()
    const { dueDate: _d, ...noDue } = decision()
    for (const [d, field] of [
      [noOwner, 'body.decisions.0.owner'],
      [noDue, 'body.decisions.0.dueDate'],
      [decision({ ticketIds: ['no-such-ticket'] }), 'decisions.0.ticketIds.0'],
    ] as const) {
      const res = await h.request('PUT', meeting('/minutes'), {
        token: as('admin'),
        body: { attendance: [], notes: [], decisions: [d], expectedRevision: revision },
      })
      expect(res.status).toBe(400)
      expect(res.body.error.details[0].field).toBe(field)
    }
    expect((await h.request('GET', meeting(), { token: as('admin') })).body.revision).toBe(revision)
  })

  it('each party confirms once; the last locks the minutes; locked minutes refuse edits', async () => {
    const saved = await h.request('PUT', meeting('/minutes'), {
      token: as('admin'),
      body: {
        attendance: [{ party: 'property', name: '孙丽', present: true }],
        notes: [{ itemId: 'i0', text: '上次纪要无异议' }],
        decisions: [
          decision(),
          decision({
            decisionId: 'd2',
            title: '社区协调广场夜间音量',
            owner: { kind: 'department', name: '城管中队' },
            dueDate: '2026-03-10',
            ticketIds: [escalatedId],
          }),
        ],
        expectedRevision: revision,
      },
    })
    expect(saved.status).toBe(200)
    const confirm = (persona: string, party: string) =>
      h.request('POST', meeting('/confirmations'), { token: as(persona), body: { party } })
    expect((await confirm('staff', 'property')).status).toBe(200)
    expect((await confirm('staff', 'property')).status).toBe(409)
    expect((await confirm('staff', 'committee')).status).toBe(403)
    expect((await confirm('committee', 'committee')).status).toBe(200)
    expect((await confirm('resident', 'party_branch')).status).toBe(200)
    // Until the community confirms, the ledger has nothing.
    expect((await h.request('GET', gov('/decisions'), { token: as('owner') })).body.decisions).toEqual([])
    const locked = await confirm('admin', 'community')
    expect(locked.body).toMatchObject({ status: 'locked' })
    const edit = await h.request('PUT', meeting('/minutes'), {
      token: as('admin'),
      body: { attendance: [], notes: [], decisions: [], expectedRevision: locked.body.revision },
    })
    expect(edit.status).toBe(409)
    expect(edit.body.error.message).toContain('锁定')
    const addendum = await h.request('POST', meeting('/addenda'), {
      token: as('committee'),
      body: { text: '更正：参会人补记吴红' },
    })
    expect(addendum.status).toBe(201)
    expect(addendum.body.minutes).toEqual(locked.body.minutes)
    // Locked minutes are for everyone in the compound.
    expect((await h.request('GET', meeting(), { token: as('owner') })).status).toBe(200)
  })

  it('the requester is told and the ticket shows the decision; done needs a photo and tells them again', async () => {
    const inbox = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token: as('owner') })
    expect(inbox.body.messages.map((m: { kind: string }) => m.kind)).toContain('decision_made')
    const onTicket = await h.request('GET', gov(`/tickets/${overdueId}/decisions`), { token: as('owner') })
    expect(onTicket.body.decisions).toHaveLength(1)
    const d1 = onTicket.body.decisions[0]
    const noPhoto = await h.request('POST', gov(`/decisions/${d1.decisionId}/progress`), {
      token: as('staff'),
      body: { status: 'done', text: '已更换', photoKeys: [], expectedVersion: d1.version },
    })
    expect(noPhoto.status).toBe(400)
    expect(noPhoto.body.error.details[0].field).toBe('photoKeys')
    const byCommittee = await h.request('POST', gov(`/decisions/${d1.decisionId}/progress`), {
      token: as('committee'),
      body: { status: 'in_progress', text: '催办', photoKeys: [], expectedVersion: d1.version },
    })
    expect(byCommittee.status).toBe(403)
    const photo = await attachment(as('staff'))
    const done = await h.request('POST', gov(`/decisions/${d1.decisionId}/progress`), {
      token: as('staff'),
      body: { status: 'done', text: '控制板已更换，试运行正常', photoKeys: [photo], expectedVersion: d1.version },
    })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'done', progress: [{ photoKeys: [photo], byName: '孙丽' }] })
    const after = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token: as('owner') })
    expect(after.body.messages.map((m: { kind: string }) => m.kind)).toContain('decision_done')
  })

  it('the sweep reminds the day before and flags an overdue decision once', async () => {
    const onlyHere = () => runDecisionSweep(h.deps, { compoundIds: [h.compoundId] })
    await at(new Date('2026-03-09T03:00:00Z')) // 3-09 in Shanghai: d2 is due tomorrow
    await onlyHere()
    let d2 = (await h.request('GET', gov('/decisions'), { token: as('owner') })).body.decisions.find(
      (d: { decisionId: string }) => d.decisionId === 'd2',
    )
    expect(d2.status).toBe('open')
    const adminInbox = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token: as('admin') })
    expect(adminInbox.body.messages.map((m: { kind: string }) => m.kind)).toContain('decision_due')
    await at(new Date('2026-03-10T16:30:00Z')) // 3-11 in Shanghai
    await onlyHere()
    await onlyHere()
    d2 = (await h.request('GET', gov('/decisions'), { token: as('owner') })).body.decisions.find(
      (d: { decisionId: string }) => d.decisionId === 'd2',
    )
    expect(d2).toMatchObject({ status: 'overdue', overdueAt: '2026-03-10T16:30:00.000Z', version: 3 })
    const flagged = await h.request('GET', `/v1/compounds/${h.compoundId}/inbox`, { token: as('admin') })
    expect(flagged.body.messages.filter((m: { kind: string }) => m.kind === 'decision_overdue')).toHaveLength(1)
  })
})

describe('D3 the monthly report lists the decisions', () => {
  it('drafts a decisions section from the ledger: what was decided, who owns it, its due date and where it stands', async () => {
    const drafted = await h.request('POST', `/v1/compounds/${h.compoundId}/reports/2026-03/draft`, {
      token: as('committee'),
    })
    expect(drafted.status).toBeLessThan(300)
    const listed = drafted.body.figures.jointDecisions.map(
      (d: { decisionId: string; status: string; ownerName: string }) => [d.decisionId, d.status, d.ownerName],
    )
    expect(listed).toEqual([
      ['d2', 'overdue', '城管中队'],
      ['d1', 'done', '物业公司'],
    ])
  })
})
