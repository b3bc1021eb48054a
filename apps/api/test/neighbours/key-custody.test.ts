import { startHarness, type Harness } from '../harness'
import { tokenOf } from '../tickets/tickets-kit'
import { inboxOf, nb, signUp, uploadAttachment } from './neighbours-kit'

/** 钥匙管家 (DOMAIN H4): two named custodians, a photo, a reason, the owner's consent or a recorded emergency. */

let h: Harness
const t: Record<string, string> = {}
const id = (persona: string) => `${h.prefix}u-${persona}`

beforeAll(async () => {
  h = await startHarness()
  for (const p of ['resident', 'co-owner', 'owner', 'newcomer', 'staff', 'committee']) t[p] = await tokenOf(h, p)
  await signUp(h, t.resident ?? '', ['errands'], true)
  await signUp(h, t['co-owner'] ?? '', ['electrician'], true)
  await signUp(h, t.committee ?? '', ['legal'], true)
})
afterAll(async () => h.close())

async function deposit(custodians = ['resident', 'co-owner']) {
  const res = await h.request('POST', nb(h, '/keys'), {
    token: t.owner,
    body: {
      label: '1栋1单元101 防盗门备用钥匙',
      terms: '只在我不在家且家里有急事时取用，用完当天放回。',
      custodianIds: custodians.map(id),
    },
  })
  if (res.status !== 201) throw new Error(`deposit: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as { keyId: string; version: number }
}

const step = (persona: string, keyId: string, path: string, body: unknown) =>
  h.request('POST', nb(h, `/keys/${keyId}${path}`), { token: t[persona], body })

describe('H4 deposit', () => {
  it('needs two different custodians, chosen among the volunteers, never the owner; the custodians are told', async () => {
    const one = await h.request('POST', nb(h, '/keys'), {
      token: t.owner,
      body: { label: '备用钥匙', terms: '急事取用', custodianIds: [id('resident')] },
    })
    expect(one.status).toBe(400)
    expect(one.body.error.details).toEqual([{ field: 'body.custodianIds', message: '至少指定两位保管人' }])
    const twice = await h.request('POST', nb(h, '/keys'), {
      token: t.owner,
      body: { label: '备用钥匙', terms: '急事取用', custodianIds: [id('resident'), id('resident')] },
    })
    expect(twice.status).toBe(400)
    const notVolunteer = await h.request('POST', nb(h, '/keys'), {
      token: t.owner,
      body: { label: '备用钥匙', terms: '急事取用', custodianIds: [id('resident'), id('newcomer')] },
    })
    expect(notVolunteer.status).toBe(422)
    expect(notVolunteer.body.error.details).toEqual([
      { field: 'custodianIds.1', message: '只能从本小区的志愿者中选择' },
    ])
    const key = await deposit()
    const list = await h.request('GET', nb(h, '/keys'), { token: t.resident })
    expect(list.body.custody.map((k: { keyId: string }) => k.keyId)).toContain(key.keyId)
    expect((await inboxOf(h, t['co-owner'] ?? '')).some((m) => m.link.keyId === key.keyId)).toBe(true)
  })
})

describe('H4 release', () => {
  it('two custodians, a photo, a reason and the owner consent: released; the owner is told at once and reads the log', async () => {
    const key = await deposit()
    const photoKey = await uploadAttachment(h, t.resident ?? '')

    // A non-custodian cannot start it; a photo someone else uploaded is refused naming the field.
    const stranger = await step('newcomer', key.keyId, '/release', {
      reason: '帮忙开门取药',
      photoKey,
      expectedVersion: 1,
    })
    expect(stranger.status).toBe(403)
    expect(stranger.body.error.message).toMatch(/保管人/)
    const notMine = await step('co-owner', key.keyId, '/release', {
      reason: '帮忙开门取药',
      photoKey,
      expectedVersion: 1,
    })
    expect(notMine.status).toBe(400)
    expect(notMine.body.error.details).toEqual([{ field: 'photoKey', message: '请先拍照上传' }])
    const noReason = await step('resident', key.keyId, '/release', { reason: '', photoKey, expectedVersion: 1 })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body.error)).toContain('reason')

    const opened = await step('resident', key.keyId, '/release', {
      reason: '业主在外地，托我们取出降压药送去',
      photoKey,
      expectedVersion: 1,
    })
    expect(opened.status).toBe(200)
    expect(opened.body.status).toBe('held')
    expect((await inboxOf(h, t.owner ?? '')).some((m) => m.link.keyId === key.keyId && m.body.includes('降压药'))).toBe(
      true,
    )

    // The same custodian confirming again is one custodian, not two; a non-custodian cannot confirm.
    const same = await step('resident', key.keyId, '/release/confirm', { expectedVersion: 2 })
    expect(same.status).toBe(422)
    expect(same.body.error.details).toEqual([{ field: 'custodian', message: '需要另一位保管人确认' }])
    expect((await step('committee', key.keyId, '/release/confirm', { expectedVersion: 2 })).status).toBe(403)

    const second = await step('co-owner', key.keyId, '/release/confirm', { expectedVersion: 2 })
    expect(second.status).toBe(200)
    // Two custodians but no consent and no emergency: still held.
    expect(second.body.status).toBe('held')
    expect((await step('resident', key.keyId, '/release/consent', { expectedVersion: 3 })).status).toBe(403)

    const consent = await step('owner', key.keyId, '/release/consent', { expectedVersion: 3 })
    expect(consent.status).toBe(200)
    expect(consent.body.status).toBe('released')
    expect(consent.body.release.releasedAt).toBeTruthy()

    const log = await h.request('GET', nb(h, `/keys/${key.keyId}/log`), { token: t.owner })
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'deposited',
      'release_opened',
      'release_confirmed',
      'owner_consented',
      'released',
    ])
    expect(log.body.entries.at(-1).text).toContain('王芳、张伟')
    expect((await h.request('GET', nb(h, `/keys/${key.keyId}/log`), { token: t.resident })).status).toBe(403)
    const told = (await inboxOf(h, t.owner ?? '')).filter((m) => m.link.keyId === key.keyId)
    expect(told.map((m) => m.title)).toContain('钥匙已取用：1栋1单元101 防盗门备用钥匙')
  })

  it('a recorded emergency (leak) releases with two custodians and no consent; the owner is told at once', async () => {
    const key = await deposit(['resident', 'committee'])
    const photoKey = await uploadAttachment(h, t.committee ?? '')
    const opened = await step('committee', key.keyId, '/release', {
      reason: '楼下反映天花板漏水，业主电话打不通',
      photoKey,
      emergency: 'leak',
      expectedVersion: 1,
    })
    expect(opened.status).toBe(200)
    const done = await step('resident', key.keyId, '/release/confirm', { expectedVersion: 2 })
    expect(done.body.status).toBe('released')
    const told = (await inboxOf(h, t.owner ?? '')).filter((m) => m.link.keyId === key.keyId)
    expect(told.some((m) => m.body.includes('紧急情况（漏水）'))).toBe(true)
  })

  it('two custodians confirming at once: one confirmation lands, the other is told to reload', async () => {
    const key = await deposit(['resident', 'co-owner'])
    const photoKey = await uploadAttachment(h, t.resident ?? '')
    await step('resident', key.keyId, '/release', {
      reason: '火警报警器一直响',
      photoKey,
      emergency: 'fire',
      expectedVersion: 1,
    })
    const answers = await Promise.all(
      [1, 2, 3].map(() => step('co-owner', key.keyId, '/release/confirm', { expectedVersion: 2 })),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409])
    const log = await h.request('GET', nb(h, `/keys/${key.keyId}/log`), { token: t.owner })
    expect(log.body.entries.filter((e: { action: string }) => e.action === 'released')).toHaveLength(1)
  })
})

describe('H4 withdrawal', () => {
  it('the owner withdraws the key; custodians are told; nobody can release it after', async () => {
    const key = await deposit()
    expect((await step('resident', key.keyId, '/withdraw', { expectedVersion: 1 })).status).toBe(403)
    const back = await step('owner', key.keyId, '/withdraw', { expectedVersion: 1 })
    expect(back.body.status).toBe('withdrawn')
    expect(
      (await inboxOf(h, t.resident ?? '')).some((m) => m.link.keyId === key.keyId && m.body.includes('取回')),
    ).toBe(true)
    const photoKey = await uploadAttachment(h, t.resident ?? '')
    const late = await step('resident', key.keyId, '/release', { reason: '想进去看看', photoKey, expectedVersion: 2 })
    expect(late.status).toBe(409)
    const list = await h.request('GET', nb(h, '/keys'), { token: t.resident })
    expect(list.body.custody.map((k: { keyId: string }) => k.keyId)).not.toContain(key.keyId)
  })
})

describe('H4 the key back after a release', () => {
  it('a custodian records the key is back, the owner is told; the log shows the release photo; no new release while it is out', async () => {
    const key = await deposit()
    const photoKey = await uploadAttachment(h, t.resident ?? '')
    const opened = await step('resident', key.keyId, '/release', {
      reason: '家里漏水，进门关总阀',
      photoKey,
      emergency: 'leak',
      expectedVersion: 1,
    })
    expect(opened.status).toBe(200)
    // Not released yet: nothing to bring back.
    const early = await step('resident', key.keyId, '/return', { expectedVersion: 2 })
    expect(early.status).toBe(409)
    expect(early.body.error.details).toEqual([{ field: 'status', message: '钥匙没有被取用' }])
    const released = await step('co-owner', key.keyId, '/release/confirm', { expectedVersion: 2 })
    expect(released.body.status).toBe('released')

    // While it is out, no new release; a stranger cannot record it back; a stale version is a 409.
    const again = await step('resident', key.keyId, '/release', { reason: '再开一次门', photoKey, expectedVersion: 3 })
    expect(again.status).toBe(409)
    expect(again.body.error.details).toEqual([{ field: 'status', message: '钥匙还没放回，请先记录放回' }])
    expect((await step('newcomer', key.keyId, '/return', { expectedVersion: 3 })).status).toBe(403)
    expect((await step('owner', key.keyId, '/return', { expectedVersion: 3 })).status).toBe(403)
    expect((await step('co-owner', key.keyId, '/return', { expectedVersion: 2 })).status).toBe(409)

    const [a, b] = await Promise.all([
      step('co-owner', key.keyId, '/return', { expectedVersion: 3 }),
      step('resident', key.keyId, '/return', { expectedVersion: 3 }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const back = (a.status === 200 ? a : b).body
    expect(back).toMatchObject({ status: 'held', version: 4 })
    expect(back.release.returnedAt).toBeDefined()
    const told = (await inboxOf(h, t.owner ?? '')).filter((m) => m.link.keyId === key.keyId && m.body.includes('放回'))
    expect(told).toHaveLength(1)

    const log = await h.request('GET', nb(h, `/keys/${key.keyId}/log`), { token: t.owner })
    expect(log.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'deposited',
      'release_opened',
      'release_confirmed',
      'released',
      'returned',
    ])
    const withPhoto = log.body.entries.find((e: { action: string }) => e.action === 'release_opened')
    expect(withPhoto.photoKey).toBeUndefined()
    const image = await fetch(withPhoto.photoUrl)
    expect(image.status).toBe(200)
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(0, 2)
        .toString('hex'),
    ).toBe('ffd8')
    expect(log.body.entries.filter((e: { photoUrl?: string }) => e.photoUrl)).toHaveLength(1)

    // Back in keeping, a later release can start again.
    const next = await step('resident', key.keyId, '/release', { reason: '帮忙开窗通风', photoKey, expectedVersion: 4 })
    expect(next.status).toBe(200)
  })
})
