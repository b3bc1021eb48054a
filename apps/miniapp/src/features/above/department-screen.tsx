import type { DepartmentMembership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { loadDepartmentQueue } from './api'
import { WhistleItemCard } from './whistle-item'
import './above.scss'

/**
 * 部门工作台 (DOMAIN G4, T12): only the requests whistled to this department, open ones first with their clock;
 * each is signed for, answered, solved with photos or returned with a reason here.
 */
export function DepartmentScreen({ department }: { department: DepartmentMembership }) {
  const { departmentId } = department
  const queue = useRemote(() => loadDepartmentQueue(departmentId), [departmentId])
  useReloadOnShow(queue.reload)
  const items = queue.data?.items ?? []
  return (
    <View className="above">
      <Card
        title={department.departmentName}
        extra={`待办 ${queue.data?.waiting ?? 0} 件`}
        className="department-summary"
      >
        <Text className="muted">社区或街道吹哨到本部门的事项：2 小时内签收，按时限答复。</Text>
      </Card>
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.error ? <ErrorNote message={queue.error} onRetry={queue.reload} /> : null}
      {queue.data && items.length === 0 ? <Empty text="还没有吹哨到本部门的事项。" /> : null}
      {items.map((item) => (
        <WhistleItemCard
          key={`${item.compoundId}/${item.ticketId}`}
          item={item}
          departmentId={departmentId}
          onChanged={queue.reload}
        />
      ))}
    </View>
  )
}
