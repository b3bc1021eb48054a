import { PageShell } from '../../../components/page-shell'
import { Empty } from '../../../components/status'
import { DepartmentScreen } from '../../../features/above/department-screen'
import { usePageParams } from '../../../lib/route-params'
import { useSession } from '../../../state/session'

export default function DepartmentDeskPage() {
  const session = useSession()
  const { id } = usePageParams()
  const department = session?.departments?.find((d) => d.departmentId === id) ?? session?.departments?.[0]
  return (
    <PageShell className="department-desk">
      {department ? <DepartmentScreen department={department} /> : <Empty text="您不是部门工作人员。" />}
    </PageShell>
  )
}
