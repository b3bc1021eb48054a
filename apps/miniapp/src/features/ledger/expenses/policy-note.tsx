import type { ExpenseApprovalPolicy } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'

/** The dual-control limits in force (F3), so the proposer knows who must approve before they submit. */
export function PolicyNote({ approval: a }: { approval: ExpenseApprovalPolicy | undefined }) {
  if (!a) return null
  return (
    <Text className="muted policy-note">
      {`${yuanText(a.multiApprovalAboveFen)} 及以下由 1 位业委会委员审批；超过需 ${a.approvalsRequired} 位委员审批；超过 ${yuanText(a.assemblyAboveFen)} 还须业主大会表决通过。审批人不能是提交人。`}
    </Text>
  )
}

/** Under the amount, as it is typed: above the assembly limit the owners must have voted for this payment. */
export function AssemblyLimitWarning({
  approval: a,
  amountFen,
}: {
  approval: ExpenseApprovalPolicy | undefined
  amountFen: number | undefined
}) {
  if (!a || amountFen === undefined || amountFen <= a.assemblyAboveFen) return null
  return (
    <View className="needs-assembly expense-needs-assembly" ariaRole="alert">
      <Text>
        {`这笔金额超过 ${yuanText(a.assemblyAboveFen)}：提交后要等业委会附上已通过的业主大会决议（第 5 或第 9 类事项），委员才能审批。`}
      </Text>
    </View>
  )
}
