import type { ReactNode } from 'react'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useMembership } from '../../../state/session'
import { useTicketContext, type TicketContext } from './use-ticket-context'

/** The compound and its ticket settings, loaded once for a ticket screen; the screen renders when they are here. */
export function TicketScreen({ children }: { children(compoundId: string, context: TicketContext): ReactNode }) {
  const m = useMembership()
  const context = useTicketContext(m?.compoundId)
  if (!m) return <Empty text="请先加入小区。" />
  if (context.loading && !context.data) return <Loading />
  if (context.error || !context.data)
    return <ErrorNote message={context.error ?? '没有读到小区设置'} onRetry={context.reload} />
  return <>{children(m.compoundId, context.data)}</>
}
