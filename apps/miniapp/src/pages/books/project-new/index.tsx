import { PageShell } from '../../../components/page-shell'
import { ProjectForm } from '../../../features/ledger/projects/project-form'
import { useMembership } from '../../../state/session'

export default function ProjectNewPage() {
  const m = useMembership()
  return <PageShell className="books-project-new">{m ? <ProjectForm compoundId={m.compoundId} /> : null}</PageShell>
}
