import { Text } from '@tarojs/components'
import { yuanText } from '@jiayuan/domain'
import { useRemote } from '../../../hooks/use-remote'
import { loadPolicy } from '../api'

/** The dual-control limits in force (F3), so the proposer knows who must approve before they submit. */
export function PolicyNote({ compoundId }: { compoundId: string }) {
  const policy = useRemote(() => loadPolicy(compoundId), [compoundId])
  const a = policy.data?.policy.approval
  if (!a) return null
  return (
    <Text className="muted policy-note">
      {`${yuanText(a.multiApprovalAboveFen)} 及以下由 1 位业委会委员审批；超过需 ${a.approvalsRequired} 位委员审批；超过 ${yuanText(a.assemblyAboveFen)} 还须业主大会表决通过。审批人不能是提交人。`}
    </Text>
  )
}
