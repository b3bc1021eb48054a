import { PAYMENT_CSV_COLUMNS, STATEMENT_CSV_COLUMNS, canCall, ledger, type Role } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { ListRow } from '../../../components/list-row'
import { importPayments, importStatement } from '../api'
import { CsvImportCard } from './csv-import-card'
import { UnmatchedLines } from './unmatched-lines'
import { PayStatementCard } from '../pay/pay-statement-card'

/** 导入流水: payments collected elsewhere, the bank's statement that confirms every line, and what it left unmatched (F4). */
export function Imports({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  return (
    <View className="imports">
      <CsvImportCard
        title="收款记录"
        name="payments"
        columns={PAYMENT_CSV_COLUMNS}
        note="金额以元填写，最多两位小数；同一文件重复导入不会重复记账。"
        send={(csv) => importPayments(compoundId, csv)}
        describe={(r) => (
          <>
            <ListRow title="导入完成" extra={`${r.rows} 行`} />
            <ListRow title="新记账" extra={`${r.imported} 笔，${yuanText(r.importedFen)}`} />
            <ListRow title="已有（未重复记账）" extra={`${r.unchanged} 笔`} />
          </>
        )}
      />
      <CsvImportCard
        title="银行对账单"
        name="statement"
        columns={STATEMENT_CSV_COLUMNS}
        note="收入为正、支出为负；导入后自动与账本对账，对不上的会向业主标出。"
        send={(csv) => importStatement(compoundId, csv)}
        describe={(r) => (
          <>
            <ListRow title="导入完成" extra={`${r.rows} 行，新增 ${r.created} 行`} />
            <ListRow title="已对上" extra={`${r.matched} 行`} />
            <ListRow title="未对上" extra={`${r.unmatched} 行`} />
          </>
        )}
      />
      {canCall(ledger.checkPayStatement, roles) ? <PayStatementCard compoundId={compoundId} /> : null}
      <UnmatchedLines compoundId={compoundId} roles={roles} />
    </View>
  )
}
