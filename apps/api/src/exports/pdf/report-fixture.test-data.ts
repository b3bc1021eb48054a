import type { MonthlyReport } from '@jiayuan/contracts'

/** A published report with every kind of figure, labelled as the domain labels them, for the export tests. */
export function sampleReport(overrides: Partial<MonthlyReport> = {}): MonthlyReport {
  return {
    compoundId: 'c-hexie',
    month: '2025-10',
    version: 2,
    status: 'published',
    figures: {
      tickets: {
        stats: {
          monthStart: '2025-09-30T16:00:00.000Z',
          monthEnd: '2025-10-31T16:00:00.000Z',
          submitted: 42,
          byStatus: {},
          byCategory: {},
          medianResponseMinutes: 95,
          medianResolutionMinutes: 1500,
          resolved: 38,
          onTimeRateBasisPoints: 8750,
          rated: 20,
          satisfactionAverageX100: 432,
          escalations: 1,
          overdue: 2,
          timeoutClosed: 0,
          reopened: 1,
        },
        closed: 36,
        topCategories: [
          { category: 'lift', name: '电梯', count: 12 },
          { category: 'water', name: '给排水', count: 9 },
        ],
      },
      money: {
        income: [
          { category: 'fee', label: '物业费', fen: 12_345_600 },
          { category: 'parking', label: '停车费', fen: 2_300_050 },
        ],
        expense: [
          { category: 'E1', label: 'E1 人员费用', fen: 6_000_000 },
          { category: 'E11', label: 'E11 物业服务酬金', fen: 900_000 },
        ],
        incomeTotalFen: 14_645_650,
        expenseTotalFen: 6_900_000,
        budgetVsActual: [
          {
            category: 'E1',
            annualBudgetFen: 72_000_000,
            monthActualFen: 6_000_000,
            yearToDateActualFen: 60_000_000,
            remainingFen: 12_000_000,
            overBudget: false,
          },
        ],
        remunerationFen: 900_000,
        publicIncome: { lines: [{ category: 'parking', label: '停车费', fen: 2_300_050 }], totalFen: 2_300_050 },
        fundMovementFen: -150_000,
        closing: { bankFen: 50_000_000, maintenanceFundFen: 30_000_000, publicIncomeLedgerFen: 4_000_000 },
        collectionRate: { billedFen: 13_000_000, paidFen: 12_345_600, rateBasisPoints: 9496 },
        entries: 57,
      },
      governance: {
        decisions: [
          { meetingId: 'm1', title: '更换 2 号楼电梯', status: 'final', finalAt: '2025-10-20T02:00:00.000Z' },
        ],
        votesInProgress: [],
        notices: [],
      },
      evaluation: { quarter: '2025-Q4', ratings: 0, componentsX100: null, scoreX100: null, board: null },
    },
    narrative: {
      servicesDone: '完成 3 号楼电梯季度维保；清理地下车库杂物。',
      nextMonthPlan: '外墙清洗；消防设施年度检测。',
    },
    draftedAt: '2025-11-01T00:00:00.000Z',
    draftedBy: 'scheduler',
    publishedAt: '2025-11-03T02:00:00.000Z',
    publishedBy: 'u-committee',
    changeNote: '更正了停车费收入',
    ...overrides,
  }
}
