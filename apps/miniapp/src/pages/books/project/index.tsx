import { PageShell } from '../../../components/page-shell'
import { ProjectDetail } from '../../../features/ledger/projects/project-detail'
import { usePageParams } from '../../../lib/route-params'
import { useMembership } from '../../../state/session'

export default function ProjectPage() {
  const m = useMembership()
  const projectId = usePageParams().projectId ?? ''
  return (
    <PageShell className="books-project">
      {m && projectId ? (
        <ProjectDetail key={projectId} compoundId={m.compoundId} projectId={projectId} roles={m.roles} />
      ) : null}
    </PageShell>
  )
}
