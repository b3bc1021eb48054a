import { accountGroups } from './account-groups'

describe('accountGroups', () => {
  it('groups by kind, shows normal-side amounts and sums receivables into one row', () => {
    const groups = accountGroups([
      { code: 'asset:bank', kind: 'asset', name: '银行存款', balanceFen: 1000 },
      { code: 'receivable:r1', kind: 'asset', name: '应收 r1', balanceFen: 200 },
      { code: 'receivable:r2', kind: 'asset', name: '应收 r2', balanceFen: 0 },
      { code: 'fund:b1', kind: 'fund', name: '1号楼维修资金', balanceFen: -700 },
      { code: 'income:parking', kind: 'income', name: '停车', balanceFen: -500 },
      { code: 'expense:E1', kind: 'expense', name: '人员费用', balanceFen: 0 },
    ])
    expect(groups.map((g) => g.title)).toEqual(['资产', '基金与结余', '收入', '支出'])
    expect(groups[0]?.rows).toEqual([
      { code: 'asset:bank', name: '银行存款', balanceFen: 1000 },
      { code: 'receivable:*', name: '应收物业费', balanceFen: 200, sub: '共 2 户，其中 1 户有未缴，不列户' },
    ])
    expect(groups[1]?.rows[0]?.balanceFen).toBe(700)
    expect(groups[2]?.rows[0]?.balanceFen).toBe(500)
  })
})
