import type { ExpenseView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText, yuanText } from '@jiayuan/domain'
import '../shared/bar-rows.scss'

/** Why an expense waits on the owners (F3), or which of their votes authorised it. */
export function AssemblyNote({ expense }: { expense: ExpenseView }) {
  if (!expense.needsAssembly) return null
  const v = expense.assemblyVote
  const fromFund = expense.source === 'maintenance_fund'
  return (
    <View className={`needs-assembly${v ? ' needs-assembly--done' : ''}`} ariaRole={v ? undefined : 'alert'}>
      <Text>
        {v
          ? `${fromFund ? `${expense.fundPayout?.scopeText ?? ''}业主表决已授权` : '业主大会已授权'}：${v.meetingTitle}「${v.motionTitle}」（第 ${v.matterType} 类事项，${dateText(v.finalAt)} 公布最终结果：通过）。`
          : fromFund
            ? '需业主表决：维修资金支出须先附上受益楼栋（单元）业主已通过并公布最终结果的第 5 类表决（使用专项维修资金），委员才能审批。'
            : `需业主大会表决：金额超过 ${yuanText(expense.assemblyLimitFen)}，须先附上已通过并公布最终结果的业主大会决议（第 5 或第 9 类事项），委员才能审批。`}
      </Text>
    </View>
  )
}

/** "已批 1 / 需 2" with the names (masked) of those who approved, and the owners' vote block when needed (F3). */
export function ApprovalProgress({ expense }: { expense: ExpenseView }) {
  const done = expense.approvals.length
  const need = expense.approvalsRequired
  return (
    <View className="approval-progress" ariaLabel={`已有 ${done} 位委员审批，共需 ${need} 位`}>
      <Text className="approval-progress__count">{`审批进度：已批 ${done} / 需 ${need} 位委员`}</Text>
      <View className="bar-row__track">
        <View
          className="bar-row__fill bar-row__fill--income"
          style={{ width: `${Math.max(2, Math.min(100, Math.round((done * 100) / need)))}%` }}
        />
      </View>
      {expense.approvals.map((a) => (
        <Text key={a.memberId} className="muted approval-by">
          {`${a.name} 已同意${a.overBudgetReason ? `（超预算理由：${a.overBudgetReason}）` : ''}`}
        </Text>
      ))}
      <AssemblyNote expense={expense} />
    </View>
  )
}
