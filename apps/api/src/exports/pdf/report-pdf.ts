import { EXPENSE_CATEGORY_LABEL, type PublicReport } from '@jiayuan/contracts'
import {
  EVALUATION_COMPONENT_LABEL,
  EVALUATION_COMPONENTS,
  dateText,
  durationText,
  groupedYuan,
  hundredthsText,
  moneyCharts,
  percentText,
  ticketCharts,
} from '@jiayuan/domain'
import type { Font } from 'fontkit'
import { reportTitle } from '../report-file-name'
import { drawBarChart } from './pdf-charts'
import { INK, PdfCanvas, SIZE, type TableColumn } from './pdf-canvas'
import { MISSING_MARK } from './report-font'

const day = (iso: string | undefined) => (iso ? dateText(iso) : '—')
const BOARD = { red: '红榜', grey: '灰榜', black: '黑榜' } as const

/** What the report is drawn as, top to bottom; drawn onto pages by `reportPdf`. */
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'charts'; of: 'tickets' | 'money' }

const twoCol = (rows: Array<[string, string]>): Block => ({
  kind: 'table',
  columns: [
    { header: '项目', share: 0.62 },
    { header: '数值', share: 0.38, align: 'right' },
  ],
  rows,
})

function ticketBlocks(report: PublicReport): Block[] {
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
    { kind: 'charts', of: 'tickets' },
  ]
}

function moneyBlocks(report: PublicReport): Block[] {
  const m = report.figures.money
  const blocks: Block[] = [
    { kind: 'heading', text: '二、收支（单位：元）' },
    twoCol([
      ...m.income.map((l): [string, string] => [`收入：${l.label}`, groupedYuan(l.fen)]),
      ['收入合计', groupedYuan(m.incomeTotalFen)],
      // The expense label already leads with its heading's code (`E1 人员费用`).
      ...m.expense.map((l): [string, string] => [`支出：${l.label}`, groupedYuan(l.fen)]),
      ['支出合计', groupedYuan(m.expenseTotalFen)],
      ['物业服务酬金', groupedYuan(m.remunerationFen)],
      ['公共收益', groupedYuan(m.publicIncome.totalFen)],
      ['维修资金本月变动', groupedYuan(m.fundMovementFen)],
      ['月末银行余额', groupedYuan(m.closing.bankFen)],
      ['月末维修资金', groupedYuan(m.closing.maintenanceFundFen)],
      ['月末公共收益账', groupedYuan(m.closing.publicIncomeLedgerFen)],
      ['物业费收缴率（总体）', percentText(m.collectionRate.rateBasisPoints)],
    ]),
    { kind: 'charts', of: 'money' },
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

function governanceBlocks(report: PublicReport): Block[] {
  const g = report.figures.governance
  const rows = [
    ...g.decisions.map((m) => [m.title, '已决定', day(m.finalAt)]),
    ...g.votesInProgress.map((m) => [m.title, '表决中', day(m.votingClosesAt)]),
    ...g.notices.map((m) => [m.title, '已公告', day(m.votingOpensAt)]),
  ]
  const e = report.figures.evaluation
  // V11: the root of each sealed ballot list, in full, so owners can check their receipts against the printed report.
  const roots = [...g.decisions, ...g.votesInProgress].flatMap((m): Block[] =>
    m.ballotRootHash ? [{ kind: 'note', text: `${m.title}\n选票清单根哈希：${m.ballotRootHash}` }] : [],
  )
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
    ...roots,
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

/** The monthly report as blocks: version line, figures as tables with their charts, then the committee's narrative. */
export function reportBlocks(report: PublicReport, compoundName: string): Block[] {
  const status = report.status === 'published' ? `发布于 ${day(report.publishedAt)}` : '草稿，尚未发布'
  return [
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

function drawBlock(canvas: PdfCanvas, block: Block, report: PublicReport): void {
  switch (block.kind) {
    case 'heading':
      return canvas.heading(block.text)
    case 'paragraph':
      return canvas.paragraph(block.text)
    case 'note':
      return canvas.paragraph(block.text, SIZE.note, INK.grey)
    case 'table':
      return canvas.table(block.columns, block.rows)
    case 'charts':
      for (const spec of block.of === 'tickets' ? ticketCharts(report) : moneyCharts(report)) drawBarChart(canvas, spec)
  }
}

/**
 * The report as an A4 PDF with the font embedded (see report-font.ts): title, figures, charts and narrative,
 * every page numbered. A character the font lacks is printed as 〓 and the last page says so.
 */
export async function reportPdf(
  report: PublicReport,
  compoundName: string,
  font: Font,
): Promise<Uint8Array<ArrayBuffer>> {
  const title = reportTitle(report.month)
  const canvas = new PdfCanvas(font, { title: `${compoundName} ${title}`, author: compoundName })
  canvas.text(title, SIZE.title)
  canvas.gap(8)
  for (const block of reportBlocks(report, compoundName)) drawBlock(canvas, block, report)
  if (canvas.missing > 0) {
    canvas.gap(8)
    canvas.paragraph(
      `本文件中有 ${canvas.missing} 个字本字体没有收录，以 ${MISSING_MARK} 代替；请以小程序中的月报为准。`,
      SIZE.note,
      INK.grey,
    )
  }
  return canvas.finish(`${compoundName} ${title} 第 ${report.version} 版`)
}
