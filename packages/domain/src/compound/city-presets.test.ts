import { CITY_PRESETS, applyPreset, cityPreset, presetForCity } from './city-presets'
import { defaultSettings } from './default-settings'
import { checkSettings } from './settings-check'

describe('city presets (DOMAIN preface)', () => {
  it('has at least the national default, Beijing, Shanghai and Hangzhou, each with its sources', () => {
    expect(CITY_PRESETS.map((p) => p.id)).toEqual(
      expect.arrayContaining(['national', 'beijing', 'shanghai', 'hangzhou']),
    )
    for (const p of CITY_PRESETS) {
      expect(p.sources.length).toBeGreaterThan(0)
      for (const s of p.sources) expect(s.source).toMatch(/《.+》|本系统默认/)
    }
  })

  it('moves at least half of public income to the maintenance fund in Beijing and Shanghai only (DOMAIN F6)', () => {
    expect(cityPreset('beijing').profile.publicIncomeToFundBasisPoints).toBeGreaterThanOrEqual(5000)
    expect(cityPreset('shanghai').profile.publicIncomeToFundBasisPoints).toBeGreaterThanOrEqual(5000)
    expect(cityPreset('national').profile.publicIncomeToFundBasisPoints).toBe(0)
    expect(cityPreset('hangzhou').profile.publicIncomeToFundBasisPoints).toBe(0)
  })

  it('gives every city at least 15 days of notice (物业管理条例第十四条) and a Hangzhou window of 5–60 days', () => {
    for (const p of CITY_PRESETS) expect(p.profile.noticeDays).toBeGreaterThanOrEqual(15)
    expect(cityPreset('hangzhou').profile).toMatchObject({ votingWindowMinDays: 5, votingWindowMaxDays: 60 })
  })

  it('keeps what the compound’s own rules decide when a preset is applied: 从众 and its clause, parking area', () => {
    const mine = {
      ...defaultSettings().cityProfile,
      followMajority: { enabled: true, clause: '议事规则第十二条' },
      parkingAreaCounts: true,
    }
    const beijing = applyPreset(mine, 'beijing')
    expect(beijing).toMatchObject({
      city: '北京',
      publicIncomeToFundBasisPoints: 5000,
      followMajority: { enabled: true, clause: '议事规则第十二条' },
      parkingAreaCounts: true,
    })
  })

  it('is what defaultSettings(city) starts from, and each preset passes the settings check', () => {
    expect(defaultSettings('上海').cityProfile.publicIncomeToFundBasisPoints).toBe(5000)
    expect(defaultSettings('北京市').cityProfile.publicIncomeToFundBasisPoints).toBe(5000)
    expect(defaultSettings().cityProfile).toMatchObject({ city: '全国默认', publicIncomeToFundBasisPoints: 0 })
    expect(presetForCity('深圳').id).toBe('national')
    for (const p of CITY_PRESETS) {
      const s = defaultSettings()
      expect(() => checkSettings({ ...s, cityProfile: applyPreset(s.cityProfile, p.id) })).not.toThrow()
    }
  })
})
