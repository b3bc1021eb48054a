import type { CityProfile } from '@jiayuan/contracts'

export type CityPresetId = 'national' | 'beijing' | 'shanghai' | 'hangzhou'

/** Where a preset's value comes from; `verified: false` where the article number could not be checked here. */
export interface PresetSource {
  field: keyof CityProfile
  value: string
  source: string
  verified: boolean
}

export interface CityPreset {
  id: CityPresetId
  /** Written into `cityProfile.city`. */
  city: string
  profile: Omit<CityProfile, 'city' | 'followMajority'>
  sources: PresetSource[]
}

const NATIONAL: CityPreset['profile'] = {
  noticeDays: 15,
  temporaryMeetingNoticeDays: 7,
  votingWindowMinDays: 5,
  votingWindowMaxDays: 60,
  parkingAreaCounts: false,
  publicIncomeToFundBasisPoints: 0,
  disclosureFrequencyDays: 90,
}

// 15 days' notice: 《物业管理条例》(国务院, 2018 修订) 第十四条 "召开业主大会会议，应当于会议召开 15 日以前通知全体业主".
// Public income "主要用于补充专项维修资金，也可以按照业主大会的决定使用": 同条例 第五十四条 (article number not
// verified here), so the national default moves no fixed share. Temporary meetings (7 days) and the 5–60 day
// window are this project's defaults for cities without their own rule (DOMAIN V9), not national law.
const NATIONAL_SOURCES: PresetSource[] = [
  { field: 'noticeDays', value: '15 天', source: '《物业管理条例》第十四条', verified: true },
  {
    field: 'publicIncomeToFundBasisPoints',
    value: '不设固定比例',
    source: '《物业管理条例》第五十四条：收益主要用于补充专项维修资金，也可按业主大会决定使用（条款号待核实）',
    verified: false,
  },
  {
    field: 'temporaryMeetingNoticeDays',
    value: '7 天',
    source: '本系统默认（城市允许时，临时会议可提前 7 天通知）',
    verified: false,
  },
  { field: 'votingWindowMinDays', value: '5–60 天', source: '本系统默认（无全国性规定）', verified: false },
  {
    field: 'disclosureFrequencyDays',
    value: '90 天',
    source: '本系统默认（民法典第九百四十三条：定期公开）',
    verified: false,
  },
]

/**
 * City profiles (DOMAIN preface): the rules a city sets itself. The values follow DOMAIN.md (V9, V12, F6); the
 * article numbers are cited as far as they could be checked, and the page shows each one with `verified`.
 */
export const CITY_PRESETS: readonly CityPreset[] = [
  { id: 'national', city: '全国默认', profile: NATIONAL, sources: NATIONAL_SOURCES },
  {
    id: 'beijing',
    city: '北京',
    // 《北京市物业管理条例》(2020 年 5 月 1 日施行): public income goes first to the maintenance fund when it is
    // low; DOMAIN F6 sets the Beijing preset at 50 %. The counted vote on the city's platform (DOMAIN V12) needs
    // its address, which is left to the compound: no official URL could be confirmed here.
    profile: { ...NATIONAL, publicIncomeToFundBasisPoints: 5000 },
    sources: [
      {
        field: 'noticeDays',
        value: '15 天',
        source: '《物业管理条例》第十四条；《北京市物业管理条例》',
        verified: false,
      },
      {
        field: 'publicIncomeToFundBasisPoints',
        value: '维修资金不足时至少 50%',
        source: '《北京市物业管理条例》公共收益条款（条款号待核实）',
        verified: false,
      },
      {
        field: 'governmentPlatformUrl',
        value: '须在政府平台计票',
        source: '《北京市物业管理条例》电子投票条款（平台地址由小区填写；条款号待核实）',
        verified: false,
      },
    ],
  },
  {
    id: 'shanghai',
    city: '上海',
    // 《上海市住宅物业管理规定》(2020 修正): a share of public income tops up the maintenance fund when it is
    // low; DOMAIN F6 sets the Shanghai preset at 50 %.
    profile: { ...NATIONAL, publicIncomeToFundBasisPoints: 5000 },
    sources: [
      { field: 'noticeDays', value: '15 天', source: '《物业管理条例》第十四条', verified: true },
      {
        field: 'publicIncomeToFundBasisPoints',
        value: '维修资金不足时至少 50%',
        source: '《上海市住宅物业管理规定》公共收益条款（条款号待核实）',
        verified: false,
      },
    ],
  },
  {
    id: 'hangzhou',
    city: '杭州',
    // 《杭州市物业管理条例》(2021): the voting period of an assembly meeting is 5 to 60 days (DOMAIN V9).
    profile: { ...NATIONAL, votingWindowMinDays: 5, votingWindowMaxDays: 60 },
    sources: [
      { field: 'noticeDays', value: '15 天', source: '《物业管理条例》第十四条', verified: true },
      {
        field: 'votingWindowMinDays',
        value: '表决期 5–60 天',
        source: '《杭州市物业管理条例》业主大会表决期限条款（条款号待核实）',
        verified: false,
      },
    ],
  },
]

export function cityPreset(id: CityPresetId): CityPreset {
  return CITY_PRESETS.find((p) => p.id === id) ?? (CITY_PRESETS[0] as CityPreset)
}

/** The preset named by a city (`北京`, `北京市`), else the national one. */
export function presetForCity(city: string): CityPreset {
  const name = city.replace(/市$/, '')
  return CITY_PRESETS.find((p) => p.city === name) ?? cityPreset('national')
}

/**
 * A profile with a preset's values applied. What the compound's own assembly rules decide stays: 从众 and its
 * clause (DOMAIN V8), parking area (V3), the government platform's address (V12).
 */
export function applyPreset(current: CityProfile, id: CityPresetId): CityProfile {
  const preset = cityPreset(id)
  return {
    ...current,
    ...preset.profile,
    city: preset.city,
    parkingAreaCounts: current.parkingAreaCounts,
  }
}
