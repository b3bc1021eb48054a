import type { JournalEntry, JournalEntryDraft, JournalLeg } from '@jiayuan/contracts'
import { Conflict, InvalidInput, NotFound, RuleViolation } from '../../errors'
import type { Chart } from '../chart'
import { BANK_ACCOUNT, parseAccountCode } from '../chart'
import { validateEntry } from './entry'
import { LedgerError } from '../errors'
import { assertNoPhoneNumber } from '../personal-text'
import { reverse } from './reversal'

/** Kinds a person may reverse through the API; bills, closes and transfers are corrected by the rules that made them. */
export const REVERSIBLE_KINDS = ['payment', 'public_income', 'expense', 'remuneration'] as const

/**
 * A correction is a reversing entry, never an edit (F10), of a kind a person may reverse; the reason is shown
 * to every owner, so it names no person (F5).
 */
export function planReversal(
  target: JournalEntry | undefined,
  actor: { at: string; reason: string },
): { target: JournalEntry; draft: JournalEntryDraft } {
  assertNoPhoneNumber(actor.reason, 'body.reason')
  if (!target) throw new NotFound('分录')
  if (!(REVERSIBLE_KINDS as readonly string[]).includes(target.kind)) {
    throw new RuleViolation('NotReversible', `${target.kind} 类分录不能直接冲销`)
  }
  return {
    target,
    draft: reverse(target, {
      postedAt: actor.at,
      memo: `冲销第 ${target.seq} 笔：${target.memo}（${actor.reason}）`.slice(0, 200),
    }),
  }
}

/** A reversed payment whose bill changed between the read and the write. */
export const reversalBillChanged = () => new Conflict('BillChanged', '账单状态已变化，请刷新后重试')

/**
 * The books' first entry when a compound starts on the app: what the bank holds, and on the other side the
 * maintenance funds, the public-income ledger and the accumulated surplus. Only those accounts, and the legs
 * must sum to zero (422); that it is the very first entry is the chain's to hold (`onlyFirst`).
 */
export function planOpeningBalance(
  compoundId: string,
  input: { legs: JournalLeg[]; memo: string },
  chart: Chart,
  at: string,
): JournalEntryDraft {
  input.legs.forEach((leg, i) => {
    const parsed = parseAccountCode(leg.account)
    if (parsed && !(parsed.kind === 'fund' || (parsed.kind === 'asset' && parsed.type === 'bank'))) {
      throw new LedgerError(
        'NotOpeningAccount',
        `body.legs.${i}.account`,
        '期初余额只能登记银行存款、专项维修资金、公共收益和历年结余',
      )
    }
  })
  const draft = {
    entryId: 'opening',
    compoundId,
    postedAt: at,
    kind: 'opening_balance' as const,
    memo: input.memo,
    legs: input.legs,
  }
  const [first] = validateEntry(draft, chart)
  if (first) {
    if (first.kind === 'rule') throw first
    throw new InvalidInput(`body.${first.field}: ${first.message}`, [
      { field: `body.${first.field}`, message: first.message },
    ])
  }
  return draft
}

/** The chain already has entries: an opening balance can only be the first. */
export const ledgerNotEmpty = () =>
  new Conflict('LedgerNotEmpty', '期初余额已登记过（账本已有分录），不能再登记；差错请用冲正更正')

/** A retried income finds its entry on the chain; an id already used for something else is refused. */
export function assertPublicIncomeReplay(entry: JournalEntry, amountFen: number): void {
  const bank = entry.legs.find((l) => l.account === BANK_ACCOUNT)?.amountFen
  if (entry.kind !== 'public_income' || bank !== amountFen)
    throw new Conflict('IdempotencyKeyReused', '这个参考号或请求号已用于另一笔收入')
}
