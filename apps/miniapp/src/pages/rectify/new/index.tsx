import { PageShell } from '../../../components/page-shell'
import { IssueScreen } from '../../../features/rectify/issue-screen'
import { useNoticeCompound } from '../../../features/rectify/use-notice-compound'
import { RecentTickets } from '../../../features/tickets/evidence/recent-tickets'
import { usePageParams } from '../../../lib/route-params'

export default function IssueNoticePage() {
  const { street, ticketId, compoundId } = usePageParams()
  const membership = useNoticeCompound()
  const compound = compoundId && membership ? membership : undefined
  return (
    <PageShell className="rect-new-page">
      <IssueScreen
        {...(compound ? { compound } : {})}
        {...(street ? { streetId: street } : {})}
        {...(ticketId ? { ticketId } : {})}
        ticketPicker={(id, picked, onPick) => (
          <RecentTickets key={id} compoundId={id} {...(picked ? { picked } : {})} onPick={onPick} />
        )}
      />
    </PageShell>
  )
}
