import { CompoundSwitch } from '../../../components/compound-switch'
import { PageShell } from '../../../components/page-shell'
import { ProjectList } from '../../../features/ledger/projects/project-list'
import { useMembership } from '../../../state/session'

export default function ProjectsPage() {
  const m = useMembership()
  return (
    <PageShell className="books-projects">
      <CompoundSwitch />
      {m ? <ProjectList key={m.compoundId} compoundId={m.compoundId} roles={m.roles} /> : null}
    </PageShell>
  )
}
