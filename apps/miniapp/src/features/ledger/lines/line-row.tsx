import type { LedgerLine } from '@jiayuan/contracts'
import { dateText, signedYuanText, yuanText } from '@jiayuan/domain'
import { ListRow } from '../../../components/list-row'
import { StatusTag } from '../../../components/status-tag'
import { openBook } from '../../../lib/books-pages'
import { KIND_LABEL, categoryLabel } from '../shared/labels'
import '../shared/ledger-card.scss'

/** One line: what, with whom, when, how much; tapping opens it with its evidence and the 验证 button. */
export function LineRow({ line }: { line: LedgerLine }) {
  const kind = KIND_LABEL[line.kind]
  const what = line.categories.map(categoryLabel).join('、')
  // A payment has neither a category nor a counterparty: its memo says what it paid, not "收款 · 收款".
  const subject = line.counterparty ?? (what || line.memo)
  const amount = line.bankFen === null ? yuanText(line.totalFen) : signedYuanText(line.bankFen)
  const flags = [line.reversedBy ? '已冲销' : '', line.evidence.length ? `凭证 ${line.evidence.length}` : '']
    .filter(Boolean)
    .join(' · ')
  return (
    <ListRow
      className={`ledger-line ledger-line--${line.kind}`}
      title={subject && subject !== kind ? `${kind} · ${subject}` : kind}
      sub={[`第 ${line.seq} 笔`, dateText(line.valueDate ?? line.postedAt), what, flags].filter(Boolean).join(' · ')}
      extra={
        <>
          <StatusTag
            className="line-amount"
            tone={line.bankFen !== null && line.bankFen < 0 ? 'bad' : line.bankFen ? 'ok' : 'plain'}
            text={amount}
          />
          {line.bankConfirmed === false ? (
            <StatusTag className="line-unconfirmed" tone="wait" text="待银行确认" />
          ) : null}
        </>
      }
      onClick={() => openBook('line', { seq: line.seq })}
    />
  )
}
