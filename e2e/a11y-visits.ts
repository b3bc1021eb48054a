import type { Page } from 'playwright-core'
import { assembly, bulletins, ledger, reports, tickets } from '@jiayuan/contracts'
import type { BulletinView, LedgerLine, MeetingSummary, ReportShareLink, TicketView } from '@jiayuan/contracts'
import { DEMO_COMMUNITY, DEMO_COMPOUND, DEMO_STREET } from '../scripts/seed/personas'
import { apiGet, apiSend, fill } from './a11y'
import { JourneyFailure } from './assert'
import { logInAs } from './steps'

/**
 * Who opens which page in the accessibility audit: a person whose role the page is for. Rules are matched in
 * order by path; a page added later falls through to the owner 李建国, who may open every resident and owner
 * page, so it is audited as soon as it is declared in app.config.ts.
 */
const WHO: ReadonlyArray<[RegExp, string | null]> = [
  [/^pages\/login\//, null],
  // The binding request is for a resident who is not an owner yet.
  [/^pages\/binding\//, '王芳'],
  // The ticket detail is opened by the person who reported it (the audit's own report, below).
  [/^pages\/tickets\/detail\//, '王芳'],
  [/^pages\/admin\/(members|overview)\//, '郑强'],
  // Communities and compounds: the community admin (the platform admin's own view is the same pages).
  [/^pages\/platform\/(index|community\/|compound-new\/)/, '郑强'],
  [/^pages\/admin\//, '周明'],
  [/^pages\/tickets\/queue\//, '陈静'],
  // 上报件 is the community admin's queue (DOMAIN T12).
  [/^pages\/tickets\/escalations\//, '郑强'],
  [/^pages\/tickets\/(console|sla|stats)\//, '孙丽'],
  [/^pages\/tickets\/reveals\//, '周明'],
  [/^pages\/books\/(expense|payment|imports|tools)\//, '孙丽'],
  // The books' setup (issue #12) is the committee's: opening balances, the budget editor, the policy form.
  [/^pages\/books\/(approvals|budget|budget-edit|opening|policy)\//, '周明'],
  // A crowdfunded project is proposed by the committee (F13).
  [/^pages\/books\/project-new\//, '周明'],
  [/^pages\/vote\/(console|manage)\//, '周明'],
  // The notices' list and form are for staff and the committee; a notice itself is read by the owner.
  [/^pages\/bulletins\/(index|new\/)/, '孙丽'],
  // Above the compound (G4): 街道工作台 for the street's staff, 部门工作台 for a department's user.
  [/^pages\/above\/(street|compound|criteria|ticket|fund)\//, '钱进'],
  [/^pages\/above\/community\//, '郑强'],
  [/^pages\/above\/department\//, '何勇'],
  // 红灰黑榜 (S2): the rubric editor and the quarter are the street's; the result, rubric and scoring form are anyone's.
  [/^pages\/assessment\/(rubric|quarter)\//, '钱进'],
]
export const DEFAULT_PERSON = '李建国'

export function personFor(pagePath: string): string | null {
  for (const [re, who] of WHO) if (re.test(pagePath)) return who
  return DEFAULT_PERSON
}

/** Real ids of the seeded or just-created records, for pages that show one record. */
export interface Ids {
  ticketId: string
  openMeetingId: string
  finalMeetingId: string
  lineSeq: string
  /** The seeded current notice (a11y-pages asks for it with `needsBulletins`). */
  bulletinId: string
  /** A share link's token for the latest published report, made by the committee (the page needs no login). */
  shareToken: string
}

/** The query each page that shows one record needs; pages without an entry take none. */
export function queryFor(pagePath: string, ids: Ids): Record<string, string> {
  if (pagePath === 'pages/tickets/detail/index') return { id: ids.ticketId }
  if (pagePath === 'pages/vote/meeting/index' || pagePath === 'pages/vote/manage/index')
    return { id: ids.openMeetingId }
  if (pagePath === 'pages/vote/result/index') return { id: ids.finalMeetingId }
  if (pagePath === 'pages/books/line/index') return { seq: ids.lineSeq }
  if (pagePath === 'pages/bulletins/detail/index') return { id: ids.bulletinId }
  if (pagePath === 'pages/report/shared/index') return { token: ids.shareToken }
  if (pagePath === 'pages/platform/community/index') return { id: DEMO_COMMUNITY.communityId }
  // Above the compound: the street's compound page and criteria, the community's console (S1, S5).
  if (pagePath === 'pages/above/compound/index') return { compoundId: DEMO_COMPOUND.compoundId }
  // A resident's report as the street reads it, read-only (the audit's own report, this month).
  if (pagePath === 'pages/above/ticket/index') return { compoundId: DEMO_COMPOUND.compoundId, id: ids.ticketId }
  if (pagePath === 'pages/above/criteria/index') return { id: DEMO_STREET.streetId }
  // 美好家园基金 as the street's staff open it from 街道工作台: with the forms and pending proposals.
  if (pagePath === 'pages/above/fund/index') return { street: DEMO_STREET.streetId }
  if (pagePath === 'pages/above/community/index') return { id: DEMO_COMMUNITY.communityId }
  if (pagePath === 'pages/platform/compound-new/index') return { communityId: DEMO_COMMUNITY.communityId }
  return {}
}

const compoundId = DEMO_COMPOUND.compoundId

/** Last month in Beijing time: the seeded books end there (scripts/seed/seed-ledger.ts). */
function lastMonth(now = new Date()): string {
  const d = new Date(now.getTime() + 8 * 3600_000)
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() - 1)
  return d.toISOString().slice(0, 7)
}

/** The seeded open and final meetings, the first line of last month and the current notice, as an owner may read them. */
export async function findOwnerIds(page: Page): Promise<Omit<Ids, 'ticketId' | 'shareToken'>> {
  const { meetings } = await apiGet<{ meetings: MeetingSummary[] }>(
    page,
    fill(assembly.listMeetings.path, { compoundId }),
  )
  const open = meetings.find((m) => m.status === 'open')
  const final = meetings.find((m) => m.status === 'final')
  if (!open || !final)
    throw new JourneyFailure(
      `expected a seeded open and a final meeting, got ${meetings.map((m) => m.status).join(', ')}`,
    )
  const { lines } = await apiGet<{ lines: LedgerLine[] }>(
    page,
    `${fill(ledger.listLines.path, { compoundId })}?month=${lastMonth()}`,
  )
  const line = lines[0]
  if (!line) throw new JourneyFailure(`no ledger lines in ${lastMonth()}`)
  const { bulletins: showing } = await apiGet<{ bulletins: BulletinView[] }>(
    page,
    fill(bulletins.currentBulletins.path, { compoundId }),
  )
  const bulletin = showing[0]
  if (!bulletin) throw new JourneyFailure('expected the seeded notice on the owner’s home page')
  return {
    openMeetingId: open.meetingId,
    finalMeetingId: final.meetingId,
    lineSeq: String(line.seq),
    bulletinId: bulletin.bulletinId,
  }
}

/**
 * Finds the ids through the API as the people who may read them: 王芳's first report (`report` makes one
 * through the app when she has none), a share link 周明 of the committee makes, then the owner's meetings and
 * ledger line.
 */
export async function findIds(page: Page, baseUrl: string, report: () => Promise<void>): Promise<Ids> {
  await logInAs(page, baseUrl, '王芳')
  const mine = fill(tickets.myTickets.path, { compoundId })
  let reported = (await apiGet<{ reported: TicketView[] }>(page, mine)).reported
  if (reported.length === 0) {
    await report()
    reported = (await apiGet<{ reported: TicketView[] }>(page, mine)).reported
  }
  const ticket = reported[0]
  if (!ticket) throw new JourneyFailure('王芳 has no report to open')
  await logInAs(page, baseUrl, '周明')
  const shareToken = await shareLatestReport(page)
  await logInAs(page, baseUrl, DEFAULT_PERSON)
  return { ticketId: ticket.ticket.ticketId, shareToken, ...(await findOwnerIds(page)) }
}

/**
 * The committee's share link to a published monthly report, as the owners' group would receive it. The seed
 * publishes none, so 周明 drafts, writes and publishes last month's first, as the report editor would.
 */
async function shareLatestReport(page: Page): Promise<string> {
  const { reports: versions } = await apiGet<{ reports: Array<{ month: string; status: string }> }>(
    page,
    fill(reports.listReports.path, { compoundId }),
  )
  let month = versions.find((r) => r.status === 'published')?.month
  if (month === undefined) {
    month = lastMonth()
    const draft = await apiSend<{ version: number }>(
      page,
      'POST',
      fill(reports.draftReport.path, { compoundId, month }),
      undefined,
    )
    const version = String(draft.version)
    await apiSend(page, 'PUT', fill(reports.updateNarrative.path, { compoundId, month, version }), {
      narrative: { servicesDone: '完成楼道照明检修和绿化修剪。', nextMonthPlan: '清洗二次供水水箱。' },
    })
    await apiSend(page, 'POST', fill(reports.publishReport.path, { compoundId, month, version }), {})
  }
  const link = await apiSend<ReportShareLink>(
    page,
    'POST',
    fill(reports.createReportShare.path, { compoundId, month }),
    {
      days: 7,
      idempotencyKey: 'a11y-audit-share-link',
    },
  )
  return link.token
}
