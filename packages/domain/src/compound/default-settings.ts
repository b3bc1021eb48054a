import type { CompoundSettings, SlaRule } from '@jiayuan/contracts'

const H = 60
const D = 24 * H

/** T1 defaults: life and safety on site in 30 min; urgent utilities respond in 2 h; general 24 h / 7 days. */
export const DEFAULT_SLA: SlaRule[] = [
  { category: 'lift', priority: 'life_safety', respondMinutes: 10, onSiteMinutes: 30, resolveMinutes: 4 * H, clock: 'calendar' },
  { category: 'water_power', priority: 'urgent', respondMinutes: 2 * H, onSiteMinutes: 4 * H, resolveMinutes: 2 * D, clock: 'calendar' },
  { category: 'repair', priority: 'normal', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D, clock: 'calendar' },
  { category: 'cleaning', priority: 'normal', respondMinutes: D, onSiteMinutes: 2 * D, resolveMinutes: 7 * D, clock: 'calendar' },
  { category: 'greening', priority: 'normal', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D, clock: 'calendar' },
  { category: 'security', priority: 'urgent', respondMinutes: 2 * H, onSiteMinutes: 4 * H, resolveMinutes: 2 * D, clock: 'calendar' },
  { category: 'noise', priority: 'complaint', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D, clock: 'calendar' },
  { category: 'other', priority: 'normal', respondMinutes: D, onSiteMinutes: 3 * D, resolveMinutes: 7 * D, clock: 'calendar' },
]

/** National defaults; a city profile overrides what its regulation sets (DOMAIN preface). */
export function defaultSettings(city = '全国默认'): CompoundSettings {
  return {
    cityProfile: {
      city,
      noticeDays: 15,
      temporaryMeetingNoticeDays: 7,
      votingWindowMinDays: 5,
      votingWindowMaxDays: 60,
      followMajority: { enabled: false },
      parkingAreaCounts: false,
      publicIncomeToFundBasisPoints: 0,
      disclosureFrequencyDays: 90,
    },
    slaTable: DEFAULT_SLA,
    ticketCategories: [
      { id: 'lift', name: '电梯', triage: 'property' },
      { id: 'water_power', name: '水电', triage: 'property' },
      { id: 'repair', name: '公共维修', triage: 'property' },
      { id: 'cleaning', name: '环境卫生', triage: 'property' },
      { id: 'greening', name: '绿化', triage: 'property' },
      { id: 'security', name: '安全秩序', triage: 'property' },
      { id: 'noise', name: '噪音扰民', triage: 'community' },
      { id: 'other', name: '其他', triage: 'joint' },
    ],
    feeModel: { kind: 'trust', ratePerSqmFen: 250, remuneration: { basis: 'percent_of_income', basisPoints: 1000 } },
    maxOpenTicketsPerWorker: 10,
    claimTimeoutMinutes: 30,
    reopenWindowDays: 7,
    proxyCap: 3,
    allowVoteChange: true,
    namedBallots: false,
  }
}
