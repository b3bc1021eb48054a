import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { JournalEntry } from '@jiayuan/contracts'
import { DomainError, addToBalances, appendEntry, shanghaiMonth } from '@jiayuan/domain'
import type { Db } from '../client'
import { keyId, keys } from '../keys'
import { readChainHead, readEntryById, type ChainHead } from './journal'
import { ChainNotEmpty, PostingRejected, ledgerUnavailable, raceCodes, RETRY_BUDGET_MS } from './append-failures'
import { buildBatch, type Posting } from './chain-batch'
import { itemKey, writeText, type TransactItem } from '../transact'
import { AccessChanged, heldAccessOf, type HeldAccess } from '../access-guard'
import { GroupCommitQueue, type Waiting } from '../group-commit'

export type { Posting } from './chain-batch'

export interface Posted {
  entry: JournalEntry
  /** False when the entry id was already on the chain: the entry returned is the one posted before. */
  created: boolean
}

interface Pending extends Waiting<Posted> {
  posting: Posting
  /** The poster's access check, when their route carries it in its transaction (access-guard.ts). */
  access: HeldAccess | undefined
}

const MAX_ITEMS = 100
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Appends entries to one compound's hash chain (DOMAIN F2, F10). Correctness rests on DynamoDB alone: each
 * write is one transaction of
 *   the head (`seq = :expected`, so two writers can never both extend the same head),
 *   each entry (`attribute_not_exists`, at seq + 1, + 2, ...),
 *   each entry's id item (`attribute_not_exists`: an entry id is posted once, so a retry after an
 *   ambiguous failure finds the first posting instead of making a second),
 *   each posting's own writes,
 *   one update of the month totals per ledger month the entries fall in (month-totals.ts),
 *   and each poster's access check when their route carries it in its transaction (access-guard.ts; once a
 *   person, and a posting whose check refuses is answered AccessChanged while the others go again).
 * A writer that loses the race re-reads the head and tries again after a jittered, growing pause, within a
 * budget well under the Lambda timeout. Only lost races are retried: throttling and service errors (after the
 * SDK's own retries) answer at once with 503 and a retry hint, since the same ids make a retry land once.
 *
 * Throughput comes from this process: postings queue per compound and go out in groups (group commit), as
 * many as fit in one transaction, so concurrent requests in one process never race each other. Several
 * processes (Lambda instances) still race on the head, and the condition sorts them out.
 */
export class ChainAppender extends GroupCommitQueue<Pending> {
  private head: ChainHead | undefined
  private solo = false

  constructor(
    private readonly db: Db,
    private readonly compoundId: string,
  ) {
    super()
  }

  append(postings: readonly Posting[], access?: HeldAccess): Promise<Posted[]> {
    const done = Promise.all(
      postings.map(
        (posting) => new Promise<Posted>((resolve, reject) => this.enqueue({ posting, access, resolve, reject })),
      ),
    )
    return done
  }

  /**
   * A read or a build failed before anything was written: the front posting answers for it (503 when the store
   * was busy); its caller may retry with the same id. The head is read again before the next group.
   */
  protected failFront(err: unknown): unknown {
    this.head = undefined
    return ledgerUnavailable('LedgerUnavailable', err)
  }

  /** Commits the front of the queue, or settles postings that cannot be committed; loops until one of the two. */
  protected async commitNext(): Promise<void> {
    // The budget runs while nothing is settled: a failure that answers some postings (found already posted,
    // or refused) is progress and starts it again, so a long group is not cut off while it moves.
    let deadline = Date.now() + RETRY_BUDGET_MS
    for (let tries = 0; ; tries++) {
      const head = this.head ?? (await readChainHead(this.db, this.compoundId))
      const batch = this.takeBatch(head)
      if (batch.length === 0) return
      if (Date.now() >= deadline) {
        this.settle(batch, (p) => p.reject(ledgerUnavailable('LedgerBusy')))
        return
      }
      const built = buildBatch(
        this.db,
        this.compoundId,
        head,
        batch.map((p) => p.posting),
      )
      const { next } = built
      const { items, checks } = withAccessChecks(built.items, batch)
      try {
        await this.db.doc.send(new TransactWriteCommand({ TransactItems: items }))
        this.head = next.head
        this.solo = false
        this.settle(batch, (p, i) => {
          p.access?.hold()
          p.resolve({ entry: next.entries[i] as JournalEntry, created: true })
        })
        return
      } catch (err) {
        const retryNow = await this.handleFailure(err, batch, next.spans, checks)
        if (retryNow) deadline = Date.now() + RETRY_BUDGET_MS
        else
          await sleep(
            Math.min(Math.max(0, deadline - Date.now()), Math.random() * Math.min(500, 8 * 2 ** Math.min(tries, 6))),
          )
      }
    }
  }

  /**
   * The front of the queue, as long as it fits one transaction (the head, two items per entry, its own
   * writes, one month-totals item per month) and no two postings touch one item.
   */
  private takeBatch(head: ChainHead): Pending[] {
    const batch: Pending[] = []
    const seen = new Set<string>()
    const months = new Set<string>()
    // Each poster's access check, written once for all their postings of the group.
    const checks = new Map<string, string>()
    let items = 1
    let balances = head.balances
    for (const pending of [...this.queue]) {
      const { posting } = pending
      if (posting.onlyFirst && head.seq + batch.length > 0) {
        this.settle([pending], (p) => p.reject(new ChainNotEmpty()))
        continue
      }
      let after: Record<string, number>
      try {
        posting.guard?.(balances)
        after = addToBalances(balances, posting.draft.legs)
      } catch (err) {
        // A balance past its bound could not even be stored (400, naming the amount), or the posting's own
        // rule on the balances refused it: refuse this posting alone.
        if (!(err instanceof DomainError)) throw err
        this.settle([pending], (p) => p.reject(err))
        continue
      }
      const probe = appendEntry({ seq: head.seq + batch.length, headHash: head.headHash, count: 0 }, posting.draft)
      const extra = posting.with?.(probe) ?? []
      const touched = [keyId(keys.entryId(this.compoundId, posting.draft.entryId)), ...extra.map(itemKey)]
      const month = shanghaiMonth(posting.draft.postedAt)
      const check = pending.access && { key: itemKey(pending.access.guard), text: writeText(pending.access.guard) }
      const checkClash = check !== undefined && checks.has(check.key) && checks.get(check.key) !== check.text
      const added = 2 + extra.length + (months.has(month) ? 0 : 1) + (check && !checks.has(check.key) ? 1 : 0)
      if (
        batch.length > 0 &&
        (items + added > MAX_ITEMS || touched.some((k) => seen.has(k)) || checkClash || this.solo)
      )
        break
      if (check) checks.set(check.key, check.text)
      touched.forEach((k) => seen.add(k))
      months.add(month)
      items += added
      balances = after
      batch.push(pending)
    }
    return batch
  }

  /**
   * Sorts out a failed transaction. Postings whose id was already on the chain are answered with the entry
   * posted before; postings whose own writes were refused are rejected; a stale head or a conflict means try
   * again. Anything else is not a race: the batch is answered 503 at once (ledgerUnavailable). Returns true
   * when the queue changed, so the next try can go at once.
   */
  private async handleFailure(
    err: unknown,
    batch: readonly Pending[],
    spans: ReadonlyArray<{ id: number; extra: [number, number] }>,
    checks: ReadonlyArray<{ index: number; of: Pending[] }>,
  ): Promise<boolean> {
    this.head = undefined
    const name = (err as { name?: string }).name
    if (name === 'ValidationException') {
      // Deterministic: retrying the same group would fail the same way. Find the culprit by going one at a time.
      if (batch.length > 1) {
        this.solo = true
        return true
      }
      this.settle(batch, (p) => p.reject(err))
      return true
    }
    const codes = raceCodes(err)
    if (!codes) {
      this.settle(batch, (p) => p.reject(ledgerUnavailable('LedgerUnavailable', err)))
      return true
    }
    let changed = false
    // A poster's access changed since their check read it (refused, or held by a write of the membership): their
    // postings are answered AccessChanged, for the API to decide again on a fresh read; the others go again.
    for (const { index, of } of checks) {
      if (codes[index] !== 'ConditionalCheckFailed' && codes[index] !== 'TransactionConflict') continue
      this.settle(
        of.filter((p) => this.queue.includes(p)),
        (p) => p.reject(new AccessChanged()),
      )
      changed = true
    }
    for (const [i, pending] of batch.entries()) {
      if (!this.queue.includes(pending)) continue
      const span = spans[i]
      if (!span) continue
      if (codes[span.id] === 'ConditionalCheckFailed') {
        const existing = await readEntryById(this.db, this.compoundId, pending.posting.draft.entryId)
        if (!existing) continue
        this.settle([pending], (p) => p.resolve({ entry: existing, created: false }))
        changed = true
        continue
      }
      const refused = codes.slice(span.extra[0], span.extra[1]).indexOf('ConditionalCheckFailed')
      if (refused >= 0) {
        this.settle([pending], (p) => p.reject(new PostingRejected(refused)))
        changed = true
      }
    }
    return changed
  }
}

/** The group's items with each poster's access check after them, once a person, and which postings each holds. */
function withAccessChecks(
  items: readonly TransactItem[],
  batch: readonly Pending[],
): { items: TransactItem[]; checks: Array<{ index: number; of: Pending[] }> } {
  const out = [...items]
  const checks = new Map<string, { index: number; of: Pending[] }>()
  for (const pending of batch) {
    if (!pending.access) continue
    const key = itemKey(pending.access.guard)
    const check = checks.get(key)
    if (check) check.of.push(pending)
    else {
      checks.set(key, { index: out.length, of: [pending] })
      out.push(pending.access.guard)
    }
  }
  return { items: out, checks: [...checks.values()] }
}

/**
 * Appenders per database client, then per compound: two stacks in one process (tests, the e2e runner) use
 * the same table name on different engines and must never share a queue or a cached head.
 */
const appenders = new WeakMap<Db, Map<string, ChainAppender>>()

/** The one appender of this process for a compound, so every posting of the process joins one queue. */
export function appendToChain(db: Db, compoundId: string, postings: readonly Posting[]): Promise<Posted[]> {
  // A route that carries its access check in its transaction (access-guard.ts): the check joins the group's.
  const access = heldAccessOf(db)
  const base = access?.base ?? db
  let byCompound = appenders.get(base)
  if (!byCompound) {
    byCompound = new Map()
    appenders.set(base, byCompound)
  }
  let appender = byCompound.get(compoundId)
  if (!appender) {
    appender = new ChainAppender(base, compoundId)
    byCompound.set(compoundId, appender)
  }
  return appender.append(postings, access)
}

export async function appendOne(db: Db, compoundId: string, posting: Posting): Promise<Posted> {
  const [posted] = await appendToChain(db, compoundId, [posting])
  if (!posted) throw new Error('the appender answered nothing')
  return posted
}
