import type { JournalEntry } from '@jiayuan/contracts'
import { accountLabel, entryFigures, formatYuan, parseEvidenceRef, shanghaiDateTime, toCsv } from '@jiayuan/domain'

const HEADER = [
  '序号',
  '记账时间（北京）',
  '类型',
  '科目',
  '摘要',
  '对方单位',
  '银行收支（元）',
  '金额（元）',
  '分录',
  '参考号',
  '凭证',
  '哈希',
]

/**
 * The ledger as a spreadsheet for owners (F5): one row per entry, amounts in yuan, every leg with its
 * account code (receivables by ledger reference only) so a row can be checked against the chain.
 */
export function ledgerCsv(
  entries: readonly JournalEntry[],
  buildingNames: ReadonlyMap<string, string> = new Map(),
): string {
  const rows = entries.map((e) => {
    const f = entryFigures(e)
    return [
      e.seq,
      shanghaiDateTime(e.postedAt),
      e.kind,
      f.categories.join(' '),
      e.memo,
      e.counterparty ?? '',
      f.bankFen === null ? '' : formatYuan(f.bankFen),
      formatYuan(f.totalFen),
      e.legs.map((l) => `${accountLabel(l.account, buildingNames)} ${l.account} ${formatYuan(l.amountFen)}`).join('; '),
      e.reference ?? '',
      (e.attachments ?? []).map((a) => parseEvidenceRef(a).kind).join(' '),
      e.hash,
    ]
  })
  return toCsv([HEADER, ...rows])
}
