import type { ExpenseView } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { openBook } from '../../../lib/books-pages'
import { back } from '../../../lib/navigation'
import { EXPENSE_STATUS, expenseHeading } from '../shared/labels'

/** After proposing: the expense, its status and who must approve it next. */
export function ExpenseSubmitted({ expense }: { expense: ExpenseView }) {
  const status = EXPENSE_STATUS[expense.status]
  return (
    <Card title="支出已提交" className="expense-submitted">
      <ListRow title="状态" extra={<StatusTag className="expense-status" tone={status.tone} text={status.text} />} />
      <ListRow title="科目" sub={expenseHeading(expense.category)} />
      <ListRow
        title="支出账户"
        extra={
          expense.project
            ? `众筹项目·${expense.project.title}`
            : expense.source === 'maintenance_fund'
              ? '专项维修资金'
              : '运营账户'
        }
      />
      <ListRow title="金额" extra={yuanText(expense.amountFen)} />
      <ListRow title="收款单位" extra={expense.counterparty} />
      <ListRow title="凭证" extra={`${expense.evidence.length} 份`} />
      <Text className="muted">
        {expense.source === 'maintenance_fund'
          ? `维修资金支出：须先由业委会附上受益楼栋（单元）业主已通过并公布最终结果的第 5 类表决，系统按面积分摊到该范围内各户，再由 ${expense.approvalsRequired} 位业委会委员审批。`
          : expense.needsAssembly
            ? `金额超过 ${yuanText(expense.assemblyLimitFen)}（业主大会表决限额）：须先由业委会附上已通过并公布最终结果的业主大会决议，再由 ${expense.approvalsRequired} 位业委会委员审批。`
            : `需要 ${expense.approvalsRequired} 位业委会委员审批，审批通过后记入账本，全体业主可见。`}
      </Text>
      <Button
        className="expense-open"
        type="primary"
        size="large"
        block
        onClick={() => openBook('expenseDetail', { expenseId: expense.expenseId })}
      >
        查看这笔支出
      </Button>
      <Button className="expense-done" size="large" block onClick={back}>
        返回
      </Button>
    </Card>
  )
}
