import type { CompoundSettings } from '@jiayuan/contracts'
import { defaultSettings } from './default-settings'
import { describeSettingsChange } from './settings-change'
import { checkSettings } from './settings-check'

const withProfile = (p: Partial<CompoundSettings['cityProfile']>): CompoundSettings => {
  const s = defaultSettings()
  return { ...s, cityProfile: { ...s.cityProfile, ...p } }
}
const fieldOf = (f: () => void) => {
  try {
    f()
  } catch (err) {
    return (err as { details?: { field?: string } }).details?.field
  }
  return undefined
}

describe('checkSettings', () => {
  it('accepts the defaults', () => {
    expect(() => checkSettings(defaultSettings())).not.toThrow()
  })

  it('turns 从众 on only with the assembly rules’ clause (DOMAIN V8)', () => {
    expect(fieldOf(() => checkSettings(withProfile({ followMajority: { enabled: true } })))).toBe(
      'body.settings.cityProfile.followMajority.clause',
    )
    expect(fieldOf(() => checkSettings(withProfile({ followMajority: { enabled: true, clause: '  ' } })))).toBe(
      'body.settings.cityProfile.followMajority.clause',
    )
    expect(() =>
      checkSettings(withProfile({ followMajority: { enabled: true, clause: '议事规则第十二条' } })),
    ).not.toThrow()
  })

  it('refuses less than 15 days of notice and an inverted voting window (DOMAIN V9)', () => {
    expect(fieldOf(() => checkSettings(withProfile({ noticeDays: 14 })))).toBe('body.settings.cityProfile.noticeDays')
    expect(fieldOf(() => checkSettings(withProfile({ votingWindowMinDays: 61 })))).toBe(
      'body.settings.cityProfile.votingWindowMinDays',
    )
    expect(fieldOf(() => checkSettings(withProfile({ temporaryMeetingNoticeDays: 16 })))).toBe(
      'body.settings.cityProfile.temporaryMeetingNoticeDays',
    )
  })

  it('refuses a fee rate or a fixed remuneration of zero (DOMAIN F1)', () => {
    const s = defaultSettings()
    expect(fieldOf(() => checkSettings({ ...s, feeModel: { kind: 'lump_sum', ratePerSqmFen: 0 } }))).toBe(
      'body.settings.feeModel.ratePerSqmFen',
    )
    const fixed = { kind: 'trust', ratePerSqmFen: 250, remuneration: { basis: 'fixed_per_month', fen: 0 } } as const
    expect(fieldOf(() => checkSettings({ ...s, feeModel: fixed }))).toBe('body.settings.feeModel.remuneration.fen')
  })

  it('refuses an SLA row whose response comes after its resolution, and a table with a duplicate row (DOMAIN T1)', () => {
    const s = defaultSettings()
    const [first, ...rest] = s.slaTable
    if (!first) throw new Error('default SLA table is empty')
    const late = { ...first, respondMinutes: first.resolveMinutes + 1 }
    expect(fieldOf(() => checkSettings({ ...s, slaTable: [late, ...rest] }))).toBe('body.settings.slaTable')
    expect(() => checkSettings({ ...s, slaTable: [first, first, ...rest] })).toThrow('重复')
  })
})

describe('describeSettingsChange', () => {
  it('says what changed in words, one line each', () => {
    const before = defaultSettings()
    const after = withProfile({
      city: '北京',
      publicIncomeToFundBasisPoints: 5000,
      followMajority: { enabled: true, clause: '议事规则第十二条' },
    })
    after.objectionWindowDays = 7
    expect(describeSettingsChange(before, after)).toEqual([
      '城市规则：全国默认 → 北京',
      '从众：关闭 → 开启（议事规则第十二条）',
      '公共收益补充维修资金：0% → 50%',
      '异议期：无 → 7 天',
    ])
  })

  it('names the fee model, the rate and the remuneration', () => {
    const before = defaultSettings()
    const after = { ...before, feeModel: { kind: 'lump_sum' as const, ratePerSqmFen: 180 } }
    expect(describeSettingsChange(before, after)).toEqual([
      '收费方式：信托制，¥2.50/㎡·月，酬金收入的 10% → 包干制，¥1.80/㎡·月',
    ])
  })

  it('notices an SLA change that keeps the row count', () => {
    const before = defaultSettings()
    const after = { ...before, slaTable: before.slaTable.map((r, i) => (i === 0 ? { ...r, respondMinutes: 5 } : r)) }
    expect(describeSettingsChange(before, after)).toEqual(['工单时限表：时限已修改'])
  })
})
