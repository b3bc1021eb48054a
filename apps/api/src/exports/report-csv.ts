import { DECISION_STATUS_LABEL, type MonthlyReport } from '@jiayuan/contracts'
import {
  EVALUATION_COMPONENT_LABEL,
  EVALUATION_COMPONENTS,
  formatYuan,
  hundredthsText,
  percentText,
  shanghaiDateTime,
} from '@jiayuan/domain'

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Times as people in the compound read them: Beijing wall clock (`2025-11-03 10:00`), blank when there is none. */
const beijing = (at: string | undefined) => (at ? shanghaiDateTime(at) : '')

/** UTF-8 with exactly one byte-order mark, which is how Excel knows the Chinese is UTF-8. */
export function csvBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`\uFEFF${text.replace(/^\uFEFF+/, '')}`)
}

/**
 * The report as section,item,value rows (money in yuan with two decimals, from integer fen; times in Beijing
 * time). Aggregates only, like the report itself (P3). The BOM is added once, by csvBytes.
 */
export function reportCsv(report: MonthlyReport): string {
  const { tickets, money, governance, evaluation } = report.figures
  const s = tickets.stats
  const rows: Array<[string, string, string | number | null]> = [
    ['报告', '月份', report.month],
    ['报告', '版本', report.version],
    ['报告', '发布时间（北京时间）', beijing(report.publishedAt)],
    ['报告', '更正说明', report.changeNote ?? ''],
    ['工单', '新增', s.submitted],
    ['工单', '已办结', tickets.closed],
    ['工单', '按时解决率', percentText(s.onTimeRateBasisPoints, '')],
    ['工单', '响应时长中位数（分钟）', s.medianResponseMinutes],
    ['工单', '解决时长中位数（分钟）', s.medianResolutionMinutes],
    ['工单', '满意度（5分制）', hundredthsText(s.satisfactionAverageX100, '')],
    ['工单', '上报社区/街道', s.escalations],
    ['工单', '超时', s.overdue],
    ...tickets.topCategories.map((c): [string, string, number] => ['工单类别', c.name, c.count]),
    ...money.income.map((l): [string, string, string] => ['收入', l.label, formatYuan(l.fen)]),
    ['收入', '合计', formatYuan(money.incomeTotalFen)],
    ...money.expense.map((l): [string, string, string] => ['支出', l.label, formatYuan(l.fen)]),
    ['支出', '合计', formatYuan(money.expenseTotalFen)],
    ...money.budgetVsActual.map((l): [string, string, string] => [
      '预算执行',
      `${l.category} 年度预算/本月/累计/余额`,
      `${formatYuan(l.annualBudgetFen)}/${formatYuan(l.monthActualFen)}/${formatYuan(l.yearToDateActualFen)}/${formatYuan(l.remainingFen)}`,
    ]),
    ['资金', '物业服务酬金', formatYuan(money.remunerationFen)],
    ['资金', '公共收益', formatYuan(money.publicIncome.totalFen)],
    ['资金', '维修资金本月变动', formatYuan(money.fundMovementFen)],
    ['资金', '月末银行余额', formatYuan(money.closing.bankFen)],
    ['资金', '月末维修资金', formatYuan(money.closing.maintenanceFundFen)],
    ['资金', '月末公共收益账', formatYuan(money.closing.publicIncomeLedgerFen)],
    ['资金', '物业费收缴率', percentText(money.collectionRate.rateBasisPoints, '')],
    ...governance.decisions.map((m): [string, string, string] => ['决定', m.title, beijing(m.finalAt)]),
    ...governance.votesInProgress.map((m): [string, string, string] => ['表决中', m.title, beijing(m.votingClosesAt)]),
    ...governance.notices.map((m): [string, string, string] => ['公告', m.title, beijing(m.votingOpensAt)]),
    ...[...governance.decisions, ...governance.votesInProgress].flatMap((m): Array<[string, string, string]> =>
      m.ballotRootHash ? [['选票清单根哈希', m.title, m.ballotRootHash]] : [],
    ),
    ...(report.figures.jointDecisions ?? []).map((d): [string, string, string] => [
      '联席会议决定',
      d.title,
      `${d.ownerName}负责，期限 ${d.dueDate}，${DECISION_STATUS_LABEL[d.status]}`,
    ]),
    ['季度评价', `${evaluation.quarter} 评价人数`, evaluation.ratings],
    ['季度评价', '综合得分', hundredthsText(evaluation.scoreX100, '')],
    ...EVALUATION_COMPONENTS.map((c): [string, string, string] => [
      '季度评价',
      EVALUATION_COMPONENT_LABEL[c],
      hundredthsText(evaluation.componentsX100?.[c] ?? null, ''),
    ]),
    ['叙述', '本月服务工作', report.narrative.servicesDone],
    ['叙述', '下月工作计划', report.narrative.nextMonthPlan],
  ]
  return `${['栏目,项目,数值', ...rows.map((r) => r.map(cell).join(','))].join('\r\n')}\r\n`
}
