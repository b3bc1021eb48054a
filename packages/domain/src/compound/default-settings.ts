import { DISCLOSURE_OBJECTION_CATEGORY, type CompoundSettings } from '@jiayuan/contracts'
import { defaultSlaTable } from '../tickets/sla/sla-table'
import { defaultEscalationSla } from '../tickets/escalation/escalation-sla'
import { presetForCity } from './city-presets'

/** National defaults, with the city's preset where it has one (DOMAIN preface); 从众 off (V8). */
export function defaultSettings(city = '全国默认'): CompoundSettings {
  return {
    cityProfile: { ...presetForCity(city).profile, city, followMajority: { enabled: false } },
    slaTable: defaultSlaTable(),
    ticketCategories: [
      { id: 'lift', name: '电梯', triage: 'property' },
      { id: 'water_power', name: '水电', triage: 'property' },
      { id: 'repair', name: '公共维修', triage: 'property' },
      { id: 'cleaning', name: '环境卫生', triage: 'property' },
      { id: 'greening', name: '绿化', triage: 'property' },
      { id: 'security', name: '安全秩序', triage: 'property' },
      // DOMAIN T10: noise is gone when it is fixed and an objection is fixed by an answer, so no after-photo.
      { id: 'noise', name: '噪音扰民', triage: 'community', photoWaived: true },
      // DOMAIN D2: an owner's objection to a disclosed item is a ticket the property company must answer.
      { id: DISCLOSURE_OBJECTION_CATEGORY, name: '公示异议', triage: 'property', photoWaived: true },
      { id: 'other', name: '其他', triage: 'joint' },
    ],
    feeModel: { kind: 'trust', ratePerSqmFen: 250, remuneration: { basis: 'percent_of_income', basisPoints: 1000 } },
    maxOpenTicketsPerWorker: 10,
    claimTimeoutMinutes: 30,
    reopenWindowDays: 7,
    proxyCap: 3,
    allowVoteChange: true,
    namedBallots: false,
    escalationSla: defaultEscalationSla(),
  }
}
