import { ledger } from '@jiayuan/contracts'
import { getLedgerSettings, linesOfMonth, reconcile, unmatchedLines } from '@jiayuan/db'
import { shanghaiMonth, maskCounterparty } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { hasRole } from './roles'
import { importStatement } from './use-cases/income'

export const bankRoutes = [
  route(ledger.importStatement, async (ctx) => {
    const cid = ctx.params.compoundId
    const { policy } = await getLedgerSettings(ctx.deps.db, cid)
    return importStatement(ctx.deps.db, cid, ctx.body.csv, policy.reconciliationWindowDays, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    })
  }),

  route(ledger.listStatementLines, async ({ params, query, deps, member, now }) => {
    const lines =
      query.unmatched === 'true'
        ? await unmatchedLines(deps.db, params.compoundId)
        : await linesOfMonth(deps.db, params.compoundId, query.month ?? shanghaiMonth(now))
    // The staff reconcile against the bank's own wording; everyone else reads payers' names masked (P1).
    const full = hasRole(member, 'property_staff')
    return {
      lines: lines
        .filter((l) => query.unmatched !== 'false' || l.matchedSeq !== undefined)
        .sort((a, b) => (a.date === b.date ? a.lineId.localeCompare(b.lineId) : a.date < b.date ? -1 : 1))
        .map((l) => ({
          lineId: l.lineId,
          date: l.date,
          amountFen: l.amountFen,
          ...(l.reference !== undefined ? { reference: l.reference } : {}),
          counterparty: full ? l.counterparty : maskCounterparty(l.counterparty),
          memo: l.memo,
          matchedSeq: l.matchedSeq ?? null,
        })),
    }
  }),

  route(ledger.reconcileBank, async ({ params, deps }) => {
    const { policy } = await getLedgerSettings(deps.db, params.compoundId)
    return reconcile(deps.db, params.compoundId, policy.reconciliationWindowDays)
  }),
]
