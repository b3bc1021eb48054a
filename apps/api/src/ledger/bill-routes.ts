import { ledger, type PaymentView } from '@jiayuan/contracts'
import {
  billView,
  billsOfPeriod,
  billsOfUnit,
  entriesOfUnit,
  getLedgerSettings,
  getMembership,
  readRoll,
} from '@jiayuan/db'
import { collectionRateOfPaid, periodsWithin, byZhNumeric } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { checkEvidence } from './evidence'
import { generateBills } from './use-cases/bills'
import { importPayments, recordPayment } from './use-cases/payments'

export const billRoutes = [
  route(ledger.generateBills, async (ctx) =>
    generateBills(ctx.deps.db, ctx.params.compoundId, ctx.body.period, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),

  route(ledger.listBills, async ({ params, query, deps }) => {
    const bills = (await billsOfPeriod(deps.db, params.compoundId, query.period))
      .map(billView)
      .filter((b) => (!query.unitId || b.unitId === query.unitId) && (!query.status || b.status === query.status))
    return { bills: bills.sort((a, b) => byZhNumeric(a.unitLabel, b.unitLabel)) }
  }),

  route(ledger.myBills, async (ctx) => {
    const cid = ctx.params.compoundId
    const [membership, settings, roll] = await Promise.all([
      getMembership(ctx.deps.db, mustCaller(ctx).userId, cid),
      getLedgerSettings(ctx.deps.db, cid),
      readRoll(ctx.deps.db, cid),
    ])
    const units = await Promise.all(
      (membership?.unitIds ?? []).map(async (unitId) => {
        const ledgerRef = settings.unitRef(unitId)
        const [bills, entries] = await Promise.all([
          billsOfUnit(ctx.deps.db, cid, unitId),
          entriesOfUnit(ctx.deps.db, cid, ledgerRef),
        ])
        const payments: PaymentView[] = entries
          .filter((e) => (e.kind === 'payment' || e.kind === 'reversal') && e.billId !== undefined)
          .map((e) => ({
            seq: e.seq,
            entryId: e.entryId,
            postedAt: e.postedAt,
            billId: e.billId ?? '',
            amountFen: e.legs.find((l) => l.account === 'asset:bank')?.amountFen ?? 0,
            kind: e.kind === 'payment' ? ('payment' as const) : ('reversal' as const),
            ...(e.reference !== undefined ? { reference: e.reference } : {}),
            ...(e.valueDate !== undefined ? { valueDate: e.valueDate } : {}),
          }))
          .filter((p) => p.amountFen !== 0)
        const label = roll.units.find((u) => u.unitId === unitId)?.label ?? unitId
        return { unitId, unitLabel: label, ledgerRef, bills: bills.map(billView), payments: payments.reverse() }
      }),
    )
    return { units }
  }),

  route(ledger.getCollectionRate, async ({ params, query, deps }) => {
    // A year counts all its bills, monthly, quarterly or yearly (`periodsWithin`).
    const bills = (
      await Promise.all(periodsWithin(query.period).map((p) => billsOfPeriod(deps.db, params.compoundId, p)))
    ).flat()
    return {
      period: query.period,
      bills: bills.length,
      ...collectionRateOfPaid(bills.map((b) => ({ amountFen: b.book.amountFen, paidFen: b.paidFen }))),
    }
  }),

  route(ledger.recordPayment, async (ctx) => {
    const { userId } = mustCaller(ctx)
    await checkEvidence(ctx.deps, ctx.params.compoundId, userId, ctx.body.evidence)
    const { entry, bill } = await recordPayment(ctx.deps.db, ctx.params.compoundId, ctx.body, {
      userId,
      at: ctx.now.toISOString(),
    })
    return { entry, bill: billView(bill) }
  }),

  route(ledger.importPayments, async (ctx) =>
    importPayments(ctx.deps.db, ctx.params.compoundId, ctx.body.csv, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),
]
