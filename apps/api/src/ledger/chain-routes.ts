import { ledger } from '@jiayuan/contracts'
import { getEntry, latestCheckpoint, listCheckpoints, publishCheckpoint, readChain, readChainHead } from '@jiayuan/db'
import { Conflict, Forbidden, NotFound, inclusionProof } from '@jiayuan/domain'
import { mustCaller, route } from '../http/route'
import { hasRole } from './roles'
import { postOpeningBalance, reverseEntry } from './use-cases/corrections'

export const chainRoutes = [
  route(ledger.getChain, async ({ params, query, deps }) => {
    const [entries, head] = await Promise.all([
      readChain(deps.db, params.compoundId, query.afterSeq, query.limit),
      readChainHead(deps.db, params.compoundId),
    ])
    const last = entries[entries.length - 1]
    return {
      entries,
      nextAfterSeq: last && last.seq < head.seq ? last.seq : null,
      head: { seq: head.seq, headHash: head.headHash, count: head.seq },
      balances: Object.entries(head.balances).map(([account, amountFen]) => ({ account, amountFen })),
    }
  }),

  route(ledger.listCheckpoints, async ({ params, deps }) => ({
    checkpoints: await listCheckpoints(deps.db, params.compoundId),
  })),

  route(ledger.publishCheckpoint, async (ctx) =>
    publishCheckpoint(ctx.deps.db, ctx.params.compoundId, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),

  route(ledger.getProof, async ({ params, deps }) => {
    const checkpoint = await latestCheckpoint(deps.db, params.compoundId)
    if (!checkpoint || params.seq > checkpoint.seq) {
      const head = await readChainHead(deps.db, params.compoundId)
      if (params.seq > head.seq) throw new NotFound('分录')
      throw new Conflict('NotYetCheckpointed', '这笔分录在最近一次公布的检查点之后，下一个检查点公布后即可验证')
    }
    const { publishedAt: _at, ...cp } = checkpoint
    const entries = await readChain(
      deps.db,
      params.compoundId,
      params.seq - 1,
      checkpoint.seq - params.seq + 1,
      checkpoint.seq,
    )
    return inclusionProof(entries, params.seq, cp)
  }),

  route(ledger.reverseEntry, async (ctx) => {
    const { params, deps, member } = ctx
    const target = await getEntry(deps.db, params.compoundId, params.seq)
    if (!target) throw new NotFound('分录')
    // Money out is under dual control (F3), so is taking it back into the books.
    if ((target.kind === 'expense' || target.kind === 'remuneration') && !hasRole(member, 'committee_member')) {
      throw new Forbidden('支出类分录只能由业委会冲销')
    }
    const { entry } = await reverseEntry(deps.db, params.compoundId, params.seq, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
      reason: ctx.body.reason,
    })
    return entry
  }),

  route(ledger.postOpeningBalance, async (ctx) =>
    postOpeningBalance(ctx.deps.db, ctx.params.compoundId, ctx.body, {
      userId: mustCaller(ctx).userId,
      at: ctx.now.toISOString(),
    }),
  ),
]
