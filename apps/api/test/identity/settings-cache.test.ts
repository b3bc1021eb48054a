import { PutCommand } from '@aws-sdk/lib-dynamodb'
import type { CompoundSettings } from '@jiayuan/contracts'
import { COMPOUND_CACHE_MS, instrumentDb, keys, readCompound } from '@jiayuan/db'
import { startHarness, type Harness } from '../harness'

let h: Harness
let admin: string
let owner: string
beforeAll(async () => {
  h = await startHarness()
  admin = (await h.login('admin')).token
  owner = (await h.login('owner')).token
})
afterAll(async () => h.close())

const compoundUrl = () => `/v1/compounds/${h.compoundId}`
const settingsOf = async (token: string): Promise<CompoundSettings> =>
  (await h.request('GET', compoundUrl(), { token })).body.settings
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('compound settings kept per warm instance for a few seconds', () => {
  it('reads the settings once per instance and TTL: the next request makes no GetItem of the compound', async () => {
    const probe = instrumentDb(h.deps.db)
    try {
      await sleep(COMPOUND_CACHE_MS + 100)
      probe.reset()
      expect((await h.request('GET', compoundUrl(), { token: owner })).status).toBe(200)
      const cold = probe.calls.length
      probe.reset()
      expect((await h.request('GET', compoundUrl(), { token: owner })).status).toBe(200)
      const warm = probe.calls.length
      console.log(`compound.get: ${cold} DynamoDB calls cold, ${warm} warm`)
      // Cold: the membership (the access check) and the compound. Warm: neither — the compound is this test's
      // copy, and the membership the read's copy (membership-cache.test.ts).
      expect(cold).toBe(2)
      expect(warm).toBe(0)
    } finally {
      probe.detach()
    }
  })

  it('the instance that saves a change answers with it on the very next request', async () => {
    const before = await settingsOf(owner)
    const next: CompoundSettings = {
      ...before,
      cityProfile: { ...before.cityProfile, publicIncomeToFundBasisPoints: 4321 },
    }
    const saved = await h.request('PUT', `${compoundUrl()}/settings`, {
      token: admin,
      body: { settings: next, reason: '调整公共收益比例' },
    })
    expect(saved.status).toBe(200)
    expect((await settingsOf(owner)).cityProfile.publicIncomeToFundBasisPoints).toBe(4321)
  })

  it('a change written by another instance is seen within the TTL, and the whole item at once', async () => {
    await settingsOf(owner) // this instance now holds a copy
    const stored = await readCompound(h.deps.db, h.compoundId)
    const changed = {
      ...stored,
      name: `${stored.name}（改）`,
      settings: {
        ...stored.settings,
        cityProfile: { ...stored.settings.cityProfile, publicIncomeToFundBasisPoints: 1234 },
      },
    }
    // Another instance's write: straight to the table, past this instance's copy.
    await h.deps.db.doc.send(
      new PutCommand({
        TableName: h.deps.db.table,
        Item: { ...keys.compound(h.compoundId), type: 'compound', ...changed },
      }),
    )
    const seen: Array<{ name: string; rate: number }> = []
    const started = Date.now()
    while (Date.now() - started < COMPOUND_CACHE_MS + 1_000) {
      const body = (await h.request('GET', compoundUrl(), { token: owner })).body
      seen.push({ name: body.name, rate: body.settings.cityProfile.publicIncomeToFundBasisPoints })
      if (body.name === changed.name) break
      await sleep(250)
    }
    expect(Date.now() - started).toBeLessThan(COMPOUND_CACHE_MS + 1_000)
    expect(seen[seen.length - 1]).toEqual({ name: changed.name, rate: 1234 })
    // Never half of one version and half of the other.
    const old = stored.settings.cityProfile.publicIncomeToFundBasisPoints
    for (const s of seen) expect(s.rate).toBe(s.name === stored.name ? old : 1234)
  })
})
