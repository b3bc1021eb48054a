import { accountKindOf, chartOfAccounts, parseAccountCode, validateAccountCode } from './chart'

const chart = chartOfAccounts({
  compoundId: 'c1',
  buildings: [{ buildingId: 'b1', name: '1栋' }],
  units: [{ unitId: 'u101' }, { unitId: 'u102' }],
})

describe('chart of accounts', () => {
  it('has bank, a receivable per unit, six income lines, E1–E11, a fund per building and the public-income ledger', () => {
    const codes = [...chart.accounts.keys()]
    expect(codes).toEqual(
      expect.arrayContaining(['asset:bank', 'receivable:u101', 'receivable:u102', 'income:parking', 'income:interest']),
    )
    expect(codes.filter((c) => c.startsWith('expense:'))).toHaveLength(11)
    expect(codes.filter((c) => c.startsWith('income:'))).toHaveLength(6)
    expect(chart.accounts.get('fund:b1')).toEqual({ code: 'fund:b1', kind: 'fund', name: '专项维修资金·1栋' })
    expect(chart.accounts.get('ledger:public_income')?.kind).toBe('fund')
    expect(chart.accounts.get('expense:E11')?.name).toBe('E11 物业服务酬金')
  })

  it('reads the kind from the code', () => {
    expect(accountKindOf('receivable:u101')).toBe('asset')
    expect(accountKindOf('income:advertising')).toBe('income')
    expect(accountKindOf('expense:E10')).toBe('expense')
    expect(accountKindOf('fund:b9')).toBe('fund')
    expect(parseAccountCode('ledger:public_income')).toEqual({ kind: 'fund', type: 'public_income' })
    expect(parseAccountCode('ledger:retained')).toEqual({ kind: 'fund', type: 'retained' })
    expect(chart.accounts.get('ledger:retained')?.name).toBe('历年结余')
    expect(parseAccountCode('project:p1')).toEqual({ kind: 'fund', type: 'project', projectId: 'p1' })
  })

  it('a crowdfunded project has its own fund, only once the project is in the chart (F13)', () => {
    expect(validateAccountCode('project:p1', chart)?.code).toBe('UnknownAccount')
    const withProject = chartOfAccounts({
      compoundId: 'c1',
      buildings: [],
      units: [],
      projects: [{ projectId: 'p1', title: '3号楼2单元加装电梯' }],
    })
    expect(withProject.accounts.get('project:p1')).toEqual({
      code: 'project:p1',
      kind: 'fund',
      name: '众筹项目·3号楼2单元加装电梯',
    })
    expect(validateAccountCode('project:p1', withProject)).toBeNull()
  })

  it.each([
    '',
    'bank',
    'asset:cash',
    'expense:E12',
    'expense:E0',
    'income:lottery',
    'fund:',
    'receivable:a b',
    'ledger:x',
    'project:',
    'project:a b',
  ])('refuses the malformed code %p', (code) => {
    expect(parseAccountCode(code)).toBeUndefined()
    expect(validateAccountCode(code, chart)?.code).toBe('InvalidAccountCode')
  })

  it('refuses a well-formed code this compound does not have', () => {
    expect(validateAccountCode('receivable:u999', chart, 'legs.0.account')).toMatchObject({
      code: 'UnknownAccount',
      field: 'legs.0.account',
    })
    expect(validateAccountCode('fund:b1', chart)).toBeNull()
  })
})
