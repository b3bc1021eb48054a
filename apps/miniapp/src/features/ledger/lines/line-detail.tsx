import type { LedgerLine } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText, dateTimeText, expenseIdOfEntry, signedYuanText, yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { isAppOrder } from '../pay/app-order'
import { StatusTag } from '../../../components/status-tag'
import { openBook } from '../../../lib/books-pages'
import { EvidenceList } from '../shared/evidence-list'
import { KIND_LABEL, categoryLabel } from '../shared/labels'

function BankBadge({ confirmed }: { confirmed: boolean | null }) {
  if (confirmed === null) return <StatusTag className="bank-badge" tone="plain" text="不涉及银行" />
  return confirmed ? (
    <StatusTag className="bank-badge" tone="ok" text="银行已确认" />
  ) : (
    <StatusTag className="bank-badge" tone="wait" text="待银行流水确认" />
  )
}

/** One line as an owner reads it (F5): counterparty, amount, date, category, legs, evidence and its hash. */
/** `canOpenReceipt`: staff and committee open an app payment's order (its receipt, a refund) from its line. */
export function LineDetail({ line, canOpenReceipt = false }: { line: LedgerLine; canOpenReceipt?: boolean }) {
  const expenseId = line.kind === 'expense' ? expenseIdOfEntry(line.entryId) : undefined
  const categories = line.categories.map((c) => (c.startsWith('E') ? `${c} ${categoryLabel(c)}` : categoryLabel(c)))
  return (
    <Card title={`第 ${line.seq} 笔 · ${KIND_LABEL[line.kind]}`} className="line-detail">
      <ListRow
        className="line-detail-amount"
        title="金额"
        extra={
          <Text className="line-detail-amount__value">
            {line.bankFen === null ? yuanText(line.totalFen) : signedYuanText(line.bankFen)}
          </Text>
        }
      />
      <ListRow className="line-detail-counterparty" title="对方单位" extra={line.counterparty ?? '—'} />
      <ListRow title="日期" extra={dateText(line.valueDate ?? line.postedAt)} />
      <ListRow title="记账时间" extra={dateTimeText(line.postedAt)} />
      <ListRow className="line-detail-category" title="科目" sub={categories.join('、') || KIND_LABEL[line.kind]} />
      {line.memo ? <ListRow title="摘要" sub={line.memo} /> : null}
      {line.reference && isAppOrder(line.reference) && canOpenReceipt ? (
        <ListRow
          className="line-detail-receipt"
          title="微信缴费单号"
          sub={line.reference}
          extra="电子收据"
          onClick={() => openBook('receipt', { orderId: line.reference ?? '' })}
        />
      ) : line.reference ? (
        <ListRow title="流水号" extra={line.reference} />
      ) : null}
      <ListRow title="银行" extra={<BankBadge confirmed={line.bankConfirmed} />} />
      {expenseId ? (
        <ListRow
          className="line-expense-link"
          title="审批记录"
          sub="谁提交、谁审批、业主大会授权（点按查看）"
          onClick={() => openBook('expenseDetail', { expenseId })}
        />
      ) : null}
      {line.reversedBy ? (
        <ListRow
          className="line-reversed-by"
          title="已被冲销"
          sub={`冲销分录：第 ${line.reversedBy} 笔（点按查看）`}
          onClick={() => openBook('line', { seq: line.reversedBy ?? 0 })}
        />
      ) : null}
      {line.reverses ? (
        <ListRow
          className="line-reverses"
          title="冲销的是"
          sub={line.reversesSeq ? `第 ${line.reversesSeq} 笔（点按查看）` : `分录号 ${line.reverses}`}
          {...(line.reversesSeq ? { onClick: () => openBook('line', { seq: line.reversesSeq ?? 0 }) } : {})}
        />
      ) : null}
      <View className="line-detail-section">
        <Text className="field__label">凭证</Text>
        <EvidenceList evidence={line.evidence} subject={`第 ${line.seq} 笔`} />
      </View>
      <View className="line-detail-section">
        <Text className="field__label">借贷明细</Text>
        {line.legs.map((l, i) => (
          <ListRow
            key={`${l.account}-${i}`}
            className="line-leg"
            title={l.name}
            extra={l.amountFen > 0 ? `借 ${yuanText(l.amountFen)}` : `贷 ${yuanText(-l.amountFen)}`}
          />
        ))}
      </View>
      <Text className="muted line-hash">哈希 {line.hash.slice(0, 16)}…</Text>
    </Card>
  )
}
