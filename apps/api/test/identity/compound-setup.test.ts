import type { CompoundSettings } from '@jiayuan/contracts'
import { startHarness, type Harness } from '../harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => h.close())

const settingsUrl = () => `/v1/compounds/${h.compoundId}/settings`
const gridUrl = (gridId: string) => `/v1/compounds/${h.compoundId}/grids/${gridId}`

async function currentSettings(token: string): Promise<CompoundSettings> {
  return (await h.request('GET', `/v1/compounds/${h.compoundId}`, { token })).body.settings
}

describe('compound settings: every save has a reason and is logged with who and why', () => {
  it('refuses a save without a reason, by anyone but the community admin, and 从众 without its clause', async () => {
    const { token } = await h.login('admin')
    const settings = await currentSettings(token)
    const noReason = await h.request('PUT', settingsUrl(), { token, body: { settings, reason: '  ' } })
    expect(noReason).toMatchObject({ status: 400, body: { error: { details: [{ field: 'body.reason' }] } } })
    const missing = await h.request('PUT', settingsUrl(), { token, body: { settings } })
    expect(missing.status).toBe(400)

    for (const persona of ['committee', 'staff', 'owner', 'grid-a']) {
      const other = await h.login(persona)
      const res = await h.request('PUT', settingsUrl(), { token: other.token, body: { settings, reason: '改一下' } })
      expect([persona, res.status]).toEqual([persona, 403])
    }

    const followMajority = { ...settings, cityProfile: { ...settings.cityProfile, followMajority: { enabled: true } } }
    const noClause = await h.request('PUT', settingsUrl(), {
      token,
      body: { settings: followMajority, reason: '开启从众' },
    })
    expect(noClause).toMatchObject({
      status: 422,
      body: {
        error: {
          code: 'FollowMajorityClauseMissing',
          details: { field: 'body.settings.cityProfile.followMajority.clause' },
        },
      },
    })
    expect((await currentSettings(token)).cityProfile.followMajority.enabled).toBe(false)
  })

  it('saves a city preset and a fee rate, and shows the change in the log with who, why and what', async () => {
    const { token } = await h.login('admin')
    const settings = await currentSettings(token)
    const next: CompoundSettings = {
      ...settings,
      cityProfile: {
        ...settings.cityProfile,
        city: '北京',
        publicIncomeToFundBasisPoints: 5000,
        followMajority: { enabled: true, clause: '议事规则第十二条' },
      },
      feeModel: { kind: 'commission', ratePerSqmFen: 280, remuneration: { basis: 'fixed_per_month', fen: 800000 } },
      objectionWindowDays: 7,
    }
    const saved = await h.request('PUT', settingsUrl(), {
      token,
      body: { settings: next, reason: '业主大会决议第3号' },
    })
    expect(saved.status).toBe(200)
    expect(saved.body.settings.feeModel).toEqual(next.feeModel)

    const log = await h.request('GET', `${settingsUrl()}/history`, { token })
    expect(log.status).toBe(200)
    expect(log.body.changes[0]).toMatchObject({
      actorId: `${h.prefix}u-admin`,
      actorName: '郑强',
      reason: '业主大会决议第3号',
      changes: [
        '城市规则：杭州 → 北京',
        '从众：关闭 → 开启（议事规则第十二条）',
        '公共收益补充维修资金：0% → 50%',
        '收费方式：信托制，¥2.50/㎡·月，酬金收入的 10% → 酬金制，¥2.80/㎡·月，酬金每月 ¥8,000.00',
        '异议期：无 → 7 天',
      ],
    })
    const committee = await h.login('committee')
    expect((await h.request('GET', `${settingsUrl()}/history`, { token: committee.token })).status).toBe(200)
    const resident = await h.login('resident')
    expect((await h.request('GET', `${settingsUrl()}/history`, { token: resident.token })).status).toBe(403)
  })

  it('lets the community admin edit the SLA table too, logged in the same history', async () => {
    const { token } = await h.login('admin')
    const { slaTable } = await currentSettings(token)
    const table = slaTable.map((r) => (r.category === 'repair' ? { ...r, respondMinutes: 600 } : r))
    const res = await h.request('PUT', `/v1/compounds/${h.compoundId}/tickets/sla-table`, {
      token,
      body: { slaTable: table, reason: '公共维修 10 小时内响应' },
    })
    expect(res.status).toBe(200)
    const log = await h.request('GET', `${settingsUrl()}/history`, { token })
    expect(log.body.changes[0]).toMatchObject({
      reason: 'SLA: 公共维修 10 小时内响应',
      changes: ['工单时限表：时限已修改'],
    })
  })
})

describe('grids: a building belongs to at most one grid', () => {
  it('refuses a building already in another grid, then takes it once it was moved out', async () => {
    const { token } = await h.login('admin')
    const grids = (await h.request('GET', `/v1/compounds/${h.compoundId}/grids`, { token })).body.grids
    expect(grids.find((g: { gridId: string }) => g.gridId === 'grid-b').buildingIds).toEqual(['b3'])

    const taken = await h.request('PUT', gridUrl('grid-c'), { token, body: { name: '东区网格', buildingIds: ['b3'] } })
    expect(taken).toMatchObject({
      status: 422,
      body: { error: { code: 'BuildingInOtherGrid', details: { gridId: 'grid-b', buildingId: 'b3' } } },
    })
    expect(taken.body.error.message).toContain('第二网格')

    expect(
      (await h.request('PUT', gridUrl('grid-b'), { token, body: { name: '第二网格', buildingIds: [] } })).status,
    ).toBe(200)
    const created = await h.request('PUT', gridUrl('grid-c'), {
      token,
      body: { name: '东区网格', buildingIds: ['b3'] },
    })
    expect(created).toMatchObject({ status: 200, body: { gridId: 'grid-c', buildingIds: ['b3'] } })
    const renamed = await h.request('PUT', gridUrl('grid-c'), { token, body: { name: '东区', buildingIds: ['b3'] } })
    expect(renamed.body.name).toBe('东区')

    const buildings = (await h.request('GET', `/v1/compounds/${h.compoundId}/buildings`, { token })).body.buildings
    expect(buildings.find((b: { buildingId: string }) => b.buildingId === 'b3').gridId).toBe('grid-c')
  })

  it('refuses a grid change by anyone but the community admin, and an unknown building', async () => {
    const committee = await h.login('committee')
    const res = await h.request('PUT', gridUrl('grid-x'), {
      token: committee.token,
      body: { name: 'x', buildingIds: [] },
    })
    expect(res.status).toBe(403)
    const { token } = await h.login('admin')
    const unknown = await h.request('PUT', gridUrl('grid-x'), { token, body: { name: '西区', buildingIds: ['b99'] } })
    expect(unknown).toMatchObject({ status: 422, body: { error: { code: 'UnknownBuilding' } } })
  })
})
