import { Card } from '../../../components/card'
import { PageShell } from '../../../components/page-shell'
import { ErrorNote } from '../../../components/status'
import { NewCompoundForm } from '../../../features/platform/new-compound-form'
import { toast } from '../../../lib/feedback'
import { go } from '../../../lib/navigation'
import { usePageParams } from '../../../lib/route-params'
import { refresh, switchCompound } from '../../../state/session'

export default function NewCompoundPage() {
  const { communityId } = usePageParams()
  return (
    <PageShell className="compound-new-page">
      {communityId ? (
        <Card title="新建小区" className="compound-new">
          <NewCompoundForm
            communityId={communityId}
            onCreated={(c) =>
              void refresh().then(() => {
                switchCompound(c.compoundId)
                toast(`已新建 ${c.name}`)
                go('members')
              })
            }
          />
        </Card>
      ) : (
        <ErrorNote message="没有指明社区" />
      )}
    </PageShell>
  )
}
