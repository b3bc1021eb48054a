import { ledger, type MyFund } from '@jiayuan/contracts'
import { listExpenses, readChainHead, readRoll } from '@jiayuan/db'
import { buildingFundHolding } from '@jiayuan/domain'
import { route } from '../http/route'

export const fundRoutes = [
  /**
   * A household's maintenance fund (F11): its building's fund now, and each posted payout's charge to the
   * unit, read from the payout's 分摊清单 (which the vote's scope fixed when the vote was attached).
   */
  route(ledger.myFund, async (ctx) => {
    const cid = ctx.params.compoundId
    // The caller's units from the membership the access check read.
    const membership = ctx.member.membership
    const [roll, head, posted] = await Promise.all([
      readRoll(ctx.deps.db, cid),
      readChainHead(ctx.deps.db, cid),
      listExpenses(ctx.deps.db, cid, 'posted'),
    ])
    const payouts = posted.filter((e) => e.fund && e.postedSeq !== undefined)
    const units: MyFund['units'] = []
    for (const unitId of membership?.unitIds ?? []) {
      const unit = roll.units.find((u) => u.unitId === unitId)
      if (!unit) continue
      const charges = payouts.flatMap((e) => {
        const c = e.fund?.charges.find((x) => x.unitId === unitId)
        if (!c || !e.fund) return []
        return [
          {
            expenseId: e.expenseId,
            postedSeq: e.postedSeq ?? 0,
            memo: e.memo,
            counterparty: e.counterparty,
            motionTitle: e.assemblyVote?.motionTitle ?? '',
            scopeText: e.fund.scopeText,
            areaCentiSqm: c.areaCentiSqm,
            fen: c.fen,
          },
        ]
      })
      units.push({
        unitId,
        unitLabel: unit.label,
        areaCentiSqm: unit.area,
        buildingName: roll.buildings.find((b) => b.buildingId === unit.buildingId)?.name ?? unit.buildingId,
        buildingFundFen: buildingFundHolding(head.balances, unit.buildingId),
        chargedFen: charges.reduce((s, c) => s + c.fen, 0),
        charges: charges.sort((a, b) => b.postedSeq - a.postedSeq),
      })
    }
    return { units }
  }),
]
