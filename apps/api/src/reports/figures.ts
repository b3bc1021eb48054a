import type { ReportFigures } from '@jiayuan/contracts'
import {
  billsOfPeriod,
  evaluationsOfQuarter,
  getBudget,
  getCompound,
  listDecisions,
  listMeetingRecords,
  listTicketsOfMonth,
  readChain,
} from '@jiayuan/db'
import {
  quarterOfMonth,
  reportGovernance,
  reportJointDecisions,
  reportMoney,
  reportTickets,
  shanghaiMonthRange,
  summarizeEvaluations,
  ticketStats,
} from '@jiayuan/domain'
import type { Deps } from '../deps'

/** Far past any real chain: the report reads the whole chain, since closing balances need every entry. */
const WHOLE_CHAIN = 10_000_000

/**
 * Every figure of a month's report, read from the same repositories the tickets, ledger and assembly
 * endpoints read and computed by the same domain functions, so each number reconciles with its source.
 */
export async function draftFigures(
  deps: Pick<Deps, 'db' | 'clock'>,
  compoundId: string,
  month: string,
): Promise<ReportFigures> {
  const { db } = deps
  const { start, end } = shanghaiMonthRange(month)
  const quarter = quarterOfMonth(month)
  const [compound, tickets, entries, budget, bills, meetings, ratings, decisions] = await Promise.all([
    getCompound(db, compoundId),
    listTicketsOfMonth(db, compoundId, month),
    readChain(db, compoundId, 0, WHOLE_CHAIN),
    getBudget(db, compoundId, Number(month.slice(0, 4))),
    billsOfPeriod(db, compoundId, month),
    listMeetingRecords(db, compoundId),
    evaluationsOfQuarter(db, compoundId, quarter),
    listDecisions(db, compoundId),
  ])
  const { settings } = compound
  return {
    tickets: reportTickets(
      ticketStats(tickets, start, end, settings.slaTable, deps.clock()),
      settings.ticketCategories,
    ),
    money: reportMoney({
      month,
      entries,
      budgetLines: budget?.lines ?? [],
      bills: bills.map((b) => ({ amountFen: b.book.amountFen, paidFen: b.paidFen })),
    }),
    governance: reportGovernance(
      meetings.map((m) => ({ ...m, ...(m.ballotLog ? { ballotRootHash: m.ballotLog.headHash } : {}) })),
      start,
      end,
    ),
    evaluation: summarizeEvaluations(quarter, ratings),
    jointDecisions: reportJointDecisions(decisions, start, end),
  }
}
