import { startHarness, type Harness } from '../harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

async function uploadEvidence(token: string): Promise<string> {
  const ticket = await h.request('POST', `/v1/compounds/${h.compoundId}/uploads`, {
    token,
    body: { purpose: 'binding_evidence', contentType: 'image/png', size: PNG.length },
  })
  expect(ticket.status).toBe(201)
  const put = await fetch(ticket.body.url, { method: 'PUT', headers: ticket.body.headers, body: PNG })
  expect(put.status).toBe(200)
  return ticket.body.key
}

describe('owner binding (DOMAIN V13)', () => {
  it('a resident becomes an owner of record only after a committee member approves', async () => {
    const newcomer = await h.login('newcomer')
    expect(newcomer.memberships[0]?.roles).toEqual(['resident'])
    const evidenceKey = await uploadEvidence(newcomer.token)
    const body = {
      unitId: 'b2-2-602',
      claimedName: '林晓',
      relation: 'owner',
      evidenceKey,
      idempotencyKey: 'bind-linxiao-0001',
    }
    const created = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings`, { token: newcomer.token, body })
    expect(created).toMatchObject({ status: 201, body: { status: 'pending', unitLabel: '2-2-602' } })
    const retried = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings`, { token: newcomer.token, body })
    expect(retried.body.bindingId).toBe(created.body.bindingId)
    const second = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings`, {
      token: newcomer.token,
      body: { ...body, idempotencyKey: 'bind-linxiao-0002' },
    })
    expect(second).toMatchObject({ status: 409, body: { error: { code: 'BindingPending' } } })

    const stillResident = await h.request('POST', '/v1/auth/refresh', { token: newcomer.token })
    expect(stillResident.body.memberships[0].roles).toEqual(['resident'])

    const committee = await h.login('committee')
    const queue = await h.request('GET', `/v1/compounds/${h.compoundId}/bindings`, { token: committee.token })
    const item = queue.body.bindings.find((b: { bindingId: string }) => b.bindingId === created.body.bindingId)
    expect(item.rollOwners).toEqual([{ ownerId: 'o-linxiao', name: '林晓', isVoter: true }])
    expect((await fetch(item.evidenceUrl)).status).toBe(200)

    const approved = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings/${item.bindingId}/decision`, {
      token: committee.token,
      body: { decision: 'approve', ownerId: 'o-linxiao' },
    })
    expect(approved).toMatchObject({
      status: 200,
      body: { status: 'approved', ownerId: 'o-linxiao', decidedBy: `${h.prefix}u-committee` },
    })
    const now = await h.request('POST', '/v1/auth/refresh', { token: newcomer.token })
    expect(now.body.memberships[0]).toMatchObject({
      roles: ['owner', 'resident'],
      ownerId: 'o-linxiao',
      unitIds: ['b2-2-602'],
    })
    const mine = await h.request('GET', `/v1/compounds/${h.compoundId}/bindings/mine`, { token: now.body.token })
    expect(mine.body.bindings[0].status).toBe('approved')
  })

  it('two reviewers deciding at once: exactly one decision stands', async () => {
    const resident = await h.login('resident')
    const evidenceKey = await uploadEvidence(resident.token)
    const created = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings`, {
      token: resident.token,
      body: {
        unitId: 'b2-1-201',
        claimedName: '王芳',
        relation: 'owner',
        evidenceKey,
        idempotencyKey: 'bind-wangfang-0001',
      },
    })
    const [a, b] = await Promise.all([h.login('committee'), h.login('committee-2')])
    const path = `/v1/compounds/${h.compoundId}/bindings/${created.body.bindingId}/decision`
    const results = await Promise.all([
      h.request('POST', path, { token: a.token, body: { decision: 'reject', reason: '租赁合同不能证明产权' } }),
      h.request('POST', path, { token: b.token, body: { decision: 'reject', reason: '证明材料不符' } }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const after = await h.request('POST', '/v1/auth/refresh', { token: resident.token })
    expect(after.body.memberships[0].roles).toEqual(['resident'])
  })

  it('refuses bad requests, naming the field, and writes nothing', async () => {
    const resident = await h.login('resident')
    const url = `/v1/compounds/${h.compoundId}/bindings`
    const base = {
      unitId: 'b1-1-501',
      claimedName: '王芳',
      relation: 'owner',
      evidenceKey: 'x',
      idempotencyKey: 'bind-bad-00001',
    }
    const unknownUnit = await h.request('POST', url, { token: resident.token, body: { ...base, unitId: 'b7-1-101' } })
    expect(unknownUnit).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.unitId' }] } } })
    const noEvidence = await h.request('POST', url, {
      token: resident.token,
      body: { ...base, evidenceKey: `${h.compoundId}/binding_evidence/${h.prefix}u-resident/none.png` },
    })
    expect(noEvidence).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.evidenceKey' }] } } })
    const someoneElses = await uploadEvidence((await h.login('newcomer')).token)
    const stolen = await h.request('POST', url, { token: resident.token, body: { ...base, evidenceKey: someoneElses } })
    expect(stolen.status).toBe(400)
    const noName = await h.request('POST', url, { token: resident.token, body: { ...base, claimedName: '  ' } })
    expect(noName.body.error.details[0].field).toBe('body.claimedName')
    const mine = await h.request('GET', `/v1/compounds/${h.compoundId}/bindings/mine`, { token: resident.token })
    expect(mine.body.bindings.filter((b: { unitId: string }) => b.unitId === 'b1-1-501')).toEqual([])
  })

  it('only the committee or community admin decides; a rejection needs a reason; the owner must be on the roll', async () => {
    const resident = await h.login('co-owner')
    const evidenceKey = await uploadEvidence(resident.token)
    const created = await h.request('POST', `/v1/compounds/${h.compoundId}/bindings`, {
      token: resident.token,
      body: {
        unitId: 'b3-1-101',
        claimedName: '张伟',
        relation: 'co_owner',
        evidenceKey,
        idempotencyKey: 'bind-zw-000001',
      },
    })
    const path = `/v1/compounds/${h.compoundId}/bindings/${created.body.bindingId}/decision`
    for (const persona of ['resident', 'owner', 'staff', 'grid-b']) {
      const { token } = await h.login(persona)
      expect(
        (await h.request('POST', path, { token, body: { decision: 'approve', ownerId: 'o-b3-1-101' } })).status,
      ).toBe(403)
    }
    const admin = await h.login('admin')
    const noReason = await h.request('POST', path, { token: admin.token, body: { decision: 'reject' } })
    expect(noReason).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.reason' }] } } })
    const wrongOwner = await h.request('POST', path, {
      token: admin.token,
      body: { decision: 'approve', ownerId: 'o-lijianguo' },
    })
    expect(wrongOwner).toMatchObject({ status: 422, body: { error: { code: 'OwnerNotOnRoll' } } })
    const otherCompound = await h.request('GET', `/v1/compounds/${h.secondCompoundId}/bindings`, {
      token: (await h.login('committee')).token,
    })
    expect(otherCompound.status).toBe(403)
  })
})
