import { EXPENSE_CATEGORY_LABEL, type MonthlyReport } from '@jiayuan/contracts'
import {
  EVALUATION_COMPONENT_LABEL,
  EVALUATION_COMPONENTS,
  dateText,
  durationText,
  groupedYuan,
  hundredthsText,
  monthText,
  percentText,
} from '@jiayuan/domain'
import { layoutBlocks, type Block } from './layout'
import { writePdf } from './pdf-file'

const A4 = { width: 595.28, height: 841.89, margin: 50 }

const day = (iso: string | undefined) => (iso ? dateText(iso) : '—')
const BOARD = { red: '红榜', grey: '灰榜', black: '黑榜' } as const

/** `2025-10` → `2025年10月物业月报`: the title on the page, in the document info and in the file name. */
export function reportTitle(month: string): string {
  return `${monthText(month)}物业月报`
}

const twoCol = (rows: Array<[string, string]>): Block => ({
  kind: 'table',
  columns: [
    { header: '项目', share: 0.62 },
    { header: '数值', share: 0.38, align: 'right' },
  ],
  rows,
})

function ticketBlocks(report: MonthlyReport): Block[] {
  const { stats: s, closed, topCategories } = report.figures.tickets
  return [
    { kind: 'heading', text: '一、报修与投诉' },
    twoCol([
      ['新增工单', `${s.submitted} 件`],
      ['已办结', `${closed} 件`],
      ['按时解决率', percentText(s.onTimeRateBasisPoints)],
      ['响应时长（中位数）', durationText(s.medianResponseMinutes)],
      ['解决时长（中位数）', durationText(s.medianResolutionMinutes)],
      ['满意度（5 分制）', hundredthsText(s.satisfactionAverageX100)],
      ['上报社区/街道', `${s.escalations} 件`],
      ['超时未办', `${s.overdue} 件`],
      ...topCategories.map((c): [string, string] => [`类别：${c.name}`, `${c.count} 件`]),
    ]),
  ]
}

function moneyBlocks(report: MonthlyReport): Block[] {
  const m = report.figures.money
  const blocks: Block[] = [
    { kind: 'heading', text: '二、收支（单位：元）' },
    twoCol([
      ...m.income.map((l): [string, string] => [`收入：${l.label}`, groupedYuan(l.fen)]),
      ['收入合计', groupedYuan(m.incomeTotalFen)],
      ...m.expense.map((l): [string, string] => [`支出：${l.category} ${l.label}`, groupedYuan(l.fen)]),
      ['支出合计', groupedYuan(m.expenseTotalFen)],
      ['物业服务酬金', groupedYuan(m.remunerationFen)],
      ['公共收益', groupedYuan(m.publicIncome.totalFen)],
      ['维修资金本月变动', groupedYuan(m.fundMovementFen)],
      ['月末银行余额', groupedYuan(m.closing.bankFen)],
      ['月末维修资金', groupedYuan(m.closing.maintenanceFundFen)],
      ['月末公共收益账', groupedYuan(m.closing.publicIncomeLedgerFen)],
      ['物业费收缴率（总体）', percentText(m.collectionRate.rateBasisPoints)],
    ]),
  ]
  if (m.budgetVsActual.length > 0) {
    blocks.push(
      { kind: 'heading', text: '三、预算执行（单位：元）' },
      {
        kind: 'table',
        columns: [
          { header: '科目', share: 0.32 },
          { header: '年度预算', share: 0.17, align: 'right' },
          { header: '本月', share: 0.17, align: 'right' },
          { header: '累计', share: 0.17, align: 'right' },
          { header: '余额', share: 0.17, align: 'right' },
        ],
        rows: m.budgetVsActual.map((l) => [
          `${l.category} ${EXPENSE_CATEGORY_LABEL[l.category]}`,
          groupedYuan(l.annualBudgetFen),
          groupedYuan(l.monthActualFen),
          groupedYuan(l.yearToDateActualFen),
          l.overBudget ? `超 ${groupedYuan(-l.remainingFen)}` : groupedYuan(l.remainingFen),
        ]),
      },
    )
  }
  return blocks
}

function governanceBlocks(report: MonthlyReport): Block[] {
  const g = report.figures.governance
  const rows = [
    ...g.decisions.map((m) => [m.title, '已决定', day(m.finalAt)]),
    ...g.votesInProgress.map((m) => [m.title, '表决中', day(m.votingClosesAt)]),
    ...g.notices.map((m) => [m.title, '已公告', day(m.votingOpensAt)]),
  ]
  const e = report.figures.evaluation
  return [
    { kind: 'heading', text: '四、议事与公告' },
    rows.length === 0
      ? { kind: 'paragraph', text: '本月没有议事事项。' }
      : {
          kind: 'table',
          columns: [
            { header: '事项', share: 0.6 },
            { header: '进度', share: 0.18 },
            { header: '日期', share: 0.22 },
          ],
          rows,
        },
    { kind: 'heading', text: `五、季度评价（${e.quarter}）` },
    twoCol([
      ['评价人数', `${e.ratings} 人`],
      ['综合得分', e.board ? `${hundredthsText(e.scoreX100)}（${BOARD[e.board]}）` : '暂无评价'],
      ...EVALUATION_COMPONENTS.map((c): [string, string] => [
        EVALUATION_COMPONENT_LABEL[c],
        hundredthsText(e.componentsX100?.[c]),
      ]),
    ]),
  ]
}

/** The monthly report as blocks: title, version line, figures as tables, then the committee's narrative. */
export function reportBlocks(report: MonthlyReport, compoundName: string): Block[] {
  const status = report.status === 'published' ? `发布于 ${day(report.publishedAt)}` : '草稿，尚未发布'
  return [
    { kind: 'title', text: reportTitle(report.month) },
    { kind: 'note', text: `${compoundName} · 第 ${report.version} 版 · ${status}` },
    ...(report.changeNote ? [{ kind: 'paragraph' as const, text: `更正说明：${report.changeNote}` }] : []),
    { kind: 'note', text: '数字取自系统记录；收缴率只公布总体比例。' },
    ...ticketBlocks(report),
    ...moneyBlocks(report),
    ...governanceBlocks(report),
    { kind: 'heading', text: '本月服务工作' },
    { kind: 'paragraph', text: report.narrative.servicesDone || '（未填写）' },
    { kind: 'heading', text: '下月工作计划' },
    { kind: 'paragraph', text: report.narrative.nextMonthPlan || '（未填写）' },
  ]
}

/** The report as a PDF file (A4, Chinese in the reader's Song face; see pdf-file.ts for why it is not embedded). */
export function reportPdf(report: MonthlyReport, compoundName: string): Uint8Array<ArrayBuffer> {
  const title = reportTitle(report.month)
  const pages = layoutBlocks(reportBlocks(report, compoundName), A4, `${compoundName} ${title} 第 ${report.version} 版`)
  return writePdf({ pages, title: `${compoundName} ${title}`, width: A4.width, height: A4.height })
}
