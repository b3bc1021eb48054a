import { planBillRun } from './bill-run'

describe('the bill run (F9)', () => {
  it('bills every delivered unit without a bill, and counts the rest', () => {
    const units = [
      { unitId: '101', label: '1-101', area: 10_000, status: 'occupied' },
      { unitId: '102', label: '1-102', area: 10_000, status: 'undelivered' },
      { unitId: '103', label: '1-103', area: 10_000, status: 'occupied' },
    ]
    const run = planBillRun(
      { compoundId: 'c1', period: '2026-05', ratePerSqmFen: 250, at: '2026-05-01T01:00:00Z' },
      units,
      new Set(['103']),
      (id) => `ref-${id}`,
    )
    expect(run).toMatchObject({
      existing: 1,
      skipped: 1,
      bills: [{ unitId: '101', unitLabel: '1-101', book: { unitId: 'ref-101', amountFen: 25_000 } }],
    })
  })
})
