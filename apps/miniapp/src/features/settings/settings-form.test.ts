import { defaultSettings } from '@jiayuan/domain'
import { formOf, settingsOf } from './settings-form'

const base = defaultSettings('杭州')

describe('settingsOf: the settings page checks what the API will check', () => {
  it('gives back the same settings for an untouched form', () => {
    const { settings, errors, problem } = settingsOf(base, formOf(base))
    expect(errors).toEqual({})
    expect(problem).toBeUndefined()
    expect(settings).toEqual({ ...base, objectionWindowDays: 0 })
  })

  it('reads yuan and percentages into fen and basis points', () => {
    const form = { ...formOf(base), feeKind: 'commission' as const, rateYuan: '2.8', remunerationPercent: '12.5' }
    const { settings } = settingsOf(base, { ...form, publicIncomePercent: '50' })
    expect(settings.feeModel).toEqual({
      kind: 'commission',
      ratePerSqmFen: 280,
      remuneration: { basis: 'percent_of_income', basisPoints: 1250 },
    })
    expect(settings.cityProfile.publicIncomeToFundBasisPoints).toBe(5000)
  })

  it('puts each problem under its field: 从众 without a clause, a bad rate, too short a notice, a bad URL', () => {
    const form = formOf(base)
    expect(settingsOf(base, { ...form, followMajority: true }).errors.clause).toContain('条款')
    expect(settingsOf(base, { ...form, rateYuan: '两块' }).errors.rateYuan).toBeDefined()
    expect(settingsOf(base, { ...form, noticeDays: '10' }).errors.noticeDays).toContain('15 天')
    expect(settingsOf(base, { ...form, governmentPlatformUrl: 'bjwy' }).errors.governmentPlatformUrl).toContain('网址')
  })
})
