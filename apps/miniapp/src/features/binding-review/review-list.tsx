import { View } from '@tarojs/components'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadPending } from './api'
import { ReviewCard } from './review-card'

/** Pending owner-binding requests of the compound, oldest first as the API gives them. */
export function ReviewList({ compoundId }: { compoundId: string }) {
  const pending = useRemote(() => loadPending(compoundId), [compoundId])
  if (pending.loading && !pending.data) return <Loading />
  if (pending.error) return <ErrorNote message={pending.error} onRetry={pending.reload} />
  const list = pending.data ?? []
  if (list.length === 0) return <Empty text="没有待审核的认证申请。" />
  // Decided cards stay on screen with their result until the person leaves the page.
  return (
    <View className="review-list">
      {list.map((b) => (
        <ReviewCard key={b.bindingId} binding={b} />
      ))}
    </View>
  )
}
