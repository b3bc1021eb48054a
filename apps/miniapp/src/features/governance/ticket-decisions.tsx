import { Text, View } from '@tarojs/components'
import { useRemote } from '../../hooks/use-remote'
import { loadTicketDecisions } from './api'
import { DecisionCard } from './decisions-screen'

/** On a ticket's page: what a joint meeting decided about it, and how far that got (G3). */
export function TicketDecisions({ compoundId, ticketId }: { compoundId: string; ticketId: string }) {
  const remote = useRemote(() => loadTicketDecisions(compoundId, ticketId), [compoundId, ticketId])
  const list = remote.data ?? []
  if (list.length === 0) return null
  return (
    <View className="gov-ticket-decisions">
      <Text className="gov-ticket-decisions__title">联席会议决定</Text>
      {list.map((d) => (
        <DecisionCard key={d.decisionId} d={d} compoundId={compoundId} />
      ))}
    </View>
  )
}
