import { CompoundSettings, type FeeModel } from '@jiayuan/contracts'
import { DomainError, checkSettings, formatYuan, parseYuan } from '@jiayuan/domain'

/** The settings page's fields as typed (text for numbers, so a half-typed value is not lost). */
export interface SettingsForm {
  city: string
  noticeDays: string
  temporaryMeetingNoticeDays: string
  votingWindowMinDays: string
  votingWindowMaxDays: string
  objectionWindowDays: string
  disclosureFrequencyDays: string
  followMajority: boolean
  clause: string
  governmentPlatformUrl: string
  parkingAreaCounts: boolean
  feeKind: FeeModel['kind']
  rateYuan: string
  remunerationBasis: 'percent_of_income' | 'fixed_per_month'
  remunerationPercent: string
  remunerationYuan: string
  publicIncomePercent: string
}
export type FormField = keyof SettingsForm

const bpText = (bp: number) => formatYuan(bp).replace(/\.00$/, '')

export function formOf(s: CompoundSettings): SettingsForm {
  const p = s.cityProfile
  const r = s.feeModel.kind === 'lump_sum' ? undefined : s.feeModel.remuneration
  return {
    city: p.city,
    noticeDays: String(p.noticeDays),
    temporaryMeetingNoticeDays: String(p.temporaryMeetingNoticeDays),
    votingWindowMinDays: String(p.votingWindowMinDays),
    votingWindowMaxDays: String(p.votingWindowMaxDays),
    objectionWindowDays: String(s.objectionWindowDays ?? 0),
    disclosureFrequencyDays: String(p.disclosureFrequencyDays),
    followMajority: p.followMajority.enabled,
    clause: p.followMajority.clause ?? '',
    governmentPlatformUrl: p.governmentPlatformUrl ?? '',
    parkingAreaCounts: p.parkingAreaCounts,
    feeKind: s.feeModel.kind,
    rateYuan: formatYuan(s.feeModel.ratePerSqmFen),
    remunerationBasis: r?.basis ?? 'percent_of_income',
    remunerationPercent: r?.basis === 'percent_of_income' ? bpText(r.basisPoints) : '10',
    remunerationYuan: r?.basis === 'fixed_per_month' ? formatYuan(r.fen) : '',
    publicIncomePercent: bpText(p.publicIncomeToFundBasisPoints),
  }
}

/** Which form field a settings path (`body.settings.cityProfile.followMajority.clause`) belongs to. */
const FIELD_OF: Record<string, FormField> = {
  'cityProfile.city': 'city',
  'cityProfile.noticeDays': 'noticeDays',
  'cityProfile.temporaryMeetingNoticeDays': 'temporaryMeetingNoticeDays',
  'cityProfile.votingWindowMinDays': 'votingWindowMinDays',
  'cityProfile.votingWindowMaxDays': 'votingWindowMaxDays',
  'cityProfile.disclosureFrequencyDays': 'disclosureFrequencyDays',
  'cityProfile.followMajority.clause': 'clause',
  'cityProfile.governmentPlatformUrl': 'governmentPlatformUrl',
  'cityProfile.publicIncomeToFundBasisPoints': 'publicIncomePercent',
  objectionWindowDays: 'objectionWindowDays',
  'feeModel.ratePerSqmFen': 'rateYuan',
  'feeModel.remuneration.basisPoints': 'remunerationPercent',
  'feeModel.remuneration.fen': 'remunerationYuan',
}

export function fieldOfPath(path: string): FormField | undefined {
  return FIELD_OF[path.replace(/^body\.settings\./, '')]
}

const whole = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN)

/**
 * The settings the form describes, checked with the contract's schema and the domain's `checkSettings` — the
 * same checks the API runs — so the person sees each problem under its field before anything is sent.
 */
export function settingsOf(
  base: CompoundSettings,
  f: SettingsForm,
): { settings: CompoundSettings; errors: Partial<Record<FormField, string>>; problem?: string } {
  const errors: Partial<Record<FormField, string>> = {}
  const rate = parseYuan(f.rateYuan)
  if (rate === undefined) errors.rateYuan = '请填写金额，如 2.50'
  const remuneration: Extract<FeeModel, { kind: 'commission' | 'trust' }>['remuneration'] =
    f.remunerationBasis === 'percent_of_income'
      ? { basis: 'percent_of_income', basisPoints: parseYuan(f.remunerationPercent) ?? Number.NaN }
      : { basis: 'fixed_per_month', fen: parseYuan(f.remunerationYuan) ?? Number.NaN }
  const feeModel: FeeModel =
    f.feeKind === 'lump_sum'
      ? { kind: 'lump_sum', ratePerSqmFen: rate ?? 0 }
      : { kind: f.feeKind, ratePerSqmFen: rate ?? 0, remuneration }
  const objection = whole(f.objectionWindowDays)
  const draft = {
    ...base,
    cityProfile: {
      ...base.cityProfile,
      city: f.city.trim(),
      noticeDays: whole(f.noticeDays),
      temporaryMeetingNoticeDays: whole(f.temporaryMeetingNoticeDays),
      votingWindowMinDays: whole(f.votingWindowMinDays),
      votingWindowMaxDays: whole(f.votingWindowMaxDays),
      disclosureFrequencyDays: whole(f.disclosureFrequencyDays),
      followMajority: { enabled: f.followMajority, ...(f.clause.trim() ? { clause: f.clause.trim() } : {}) },
      parkingAreaCounts: f.parkingAreaCounts,
      publicIncomeToFundBasisPoints: parseYuan(f.publicIncomePercent) ?? Number.NaN,
      ...(f.governmentPlatformUrl.trim() ? { governmentPlatformUrl: f.governmentPlatformUrl.trim() } : {}),
    },
    feeModel,
    objectionWindowDays: objection,
  }
  if (!f.governmentPlatformUrl.trim()) delete draft.cityProfile.governmentPlatformUrl
  const parsed = CompoundSettings.safeParse(draft)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path.join('.'))
      if (field)
        errors[field] ??=
          field === 'governmentPlatformUrl'
            ? '请填写完整网址（https://…）'
            : // A bound says what it is (不能超过 7 天); anything else is a figure that is not a number.
              issue.code === 'too_big'
              ? issue.message
              : '请填写有效的数字'
    }
    return { settings: draft as CompoundSettings, errors }
  }
  try {
    checkSettings(parsed.data)
  } catch (err) {
    const path = err instanceof DomainError ? (err.details as { field?: string } | undefined)?.field : undefined
    const field = path ? fieldOfPath(path) : undefined
    if (!(err instanceof DomainError)) throw err
    if (!field) return { settings: parsed.data, errors, problem: err.message }
    errors[field] = err.message
  }
  return { settings: parsed.data, errors }
}
