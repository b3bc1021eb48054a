import { decodeCursor, encodeCursor, ledger } from '@jiayuan/contracts'
import {
  billsOfPeriod,
  confirmedEntryIds,
  countUnmatchedLines,
  entriesOfMonth,
  entriesOfMonthPage,
  entriesOfMonths,
  getEntry,
  getLineMark,
  getLedgerSettings,
  listProjects,
  latestCheckpoint,
  readBuildings,
  readChainHead,
  readRoll,
} from '@jiayuan/db'
import {
  NotFound,
  chartOfAccounts,
  collectionRateOfPaid,
  entryFigures,
  feesCollected,
  flowsOf,
  monthRange,
  shanghaiMonth,
} from '@jiayuan/domain'
import { ledgerCsv } from '../exports/ledger-csv'
import { route } from '../http/route'
import { balanceSheet } from './balances'
import { ledgerLines } from './line-views'

export const bookRoutes = [
  route(ledger.getSummary, async ({ params, query, deps, now }) => {
    const cid = params.compoundId
    const month = query.month ?? shanghaiMonth(now)
    const [head, entries, checkpoint, roll, confirmed, unmatched, bills] = await Promise.all([
      readChainHead(deps.db, cid),
      entriesOfMonth(deps.db, cid, month),
      latestCheckpoint(deps.db, cid),
      readRoll(deps.db, cid),
      confirmedEntryIds(deps.db, cid, month),
      countUnmatchedLines(deps.db, cid),
      billsOfPeriod(deps.db, cid, month),
    ])
    const flows = flowsOf(entries)
    return {
      month,
      headSeq: head.seq,
      latestCheckpoint: checkpoint,
      balances: balanceSheet(head.balances, roll),
      ...flows,
      remunerationFen: flows.expense.find((l) => l.category === 'E11')?.fen ?? 0,
      feesReceivedFen: feesCollected(entries),
      collectionRate: collectionRateOfPaid(bills.map((b) => ({ amountFen: b.book.amountFen, paidFen: b.paidFen }))),
      unreconciled: {
        statementLines: unmatched,
        entries: entries.filter((e) => entryFigures(e).bankFen !== null && !confirmed.has(e.entryId)).length,
      },
    }
  }),

  route(ledger.listLines, async ({ params, query, deps, now }) => {
    const month = query.month ?? shanghaiMonth(now)
    const { kind, category } = query
    const page = await entriesOfMonthPage(deps.db, params.compoundId, month, {
      ...(query.cursor === undefined ? {} : { from: Number(decodeCursor(query.cursor)?.slice(2)) }),
      newestFirst: query.order === 'newest',
      limit: query.limit,
      ...(kind || category
        ? {
            keep: (e) => (!kind || e.kind === kind) && (!category || entryFigures(e).categories.includes(category)),
          }
        : {}),
    })
    const last = page.entries[page.entries.length - 1]
    return {
      month,
      lines: await ledgerLines(deps, params.compoundId, page.entries, page.marks),
      nextCursor: page.more && last ? encodeCursor(`E#${String(last.seq).padStart(10, '0')}`) : null,
    }
  }),

  route(ledger.getLine, async ({ params, deps }) => {
    const [entry, mark] = await Promise.all([
      getEntry(deps.db, params.compoundId, params.seq),
      getLineMark(deps.db, params.compoundId, params.seq),
    ])
    if (!entry) throw new NotFound('分录')
    const [line] = await ledgerLines(deps, params.compoundId, [entry], new Map([[entry.seq, mark]]))
    if (!line) throw new NotFound('分录')
    return line
  }),

  route(ledger.listAccounts, async ({ params, deps }) => {
    const cid = params.compoundId
    const [head, roll, settings, projects] = await Promise.all([
      readChainHead(deps.db, cid),
      readRoll(deps.db, cid),
      getLedgerSettings(deps.db, cid),
      listProjects(deps.db, cid),
    ])
    // Receivables in reference order: in roll order their positions would give the mapping away.
    const refs = roll.units.map((u) => settings.unitRef(u.unitId)).sort()
    const chart = chartOfAccounts({
      compoundId: cid,
      buildings: roll.buildings,
      units: refs.map((unitId) => ({ unitId })),
      projects,
    })
    return {
      headSeq: head.seq,
      accounts: [...chart.accounts.values()].map((a) => ({ ...a, balanceFen: head.balances[a.code] ?? 0 })),
    }
  }),

  route(ledger.exportCsv, async ({ params, query, deps }) => {
    const cid = params.compoundId
    const months = query.period.length === 4 ? monthRange(`${query.period}-01`, `${query.period}-12`) : [query.period]
    const [entries, buildings] = await Promise.all([entriesOfMonths(deps.db, cid, months), readBuildings(deps.db, cid)])
    return {
      filename: `ledger-${cid}-${query.period}.csv`,
      csv: ledgerCsv(entries, new Map(buildings.map((b) => [b.buildingId, b.name]))),
    }
  }),
]
