import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { PublicTicket, TicketView } from '@jiayuan/contracts'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { usePaged } from '../../../hooks/use-paged'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { useUnread } from '../../../hooks/use-unread'
import { go } from '../../../lib/navigation'
import { confirm, toast } from '../../../lib/feedback'
import { messageOf } from '../../../lib/api-error'
import { loadMine, unfollowTicket } from '../api'
import { STATUS } from '../shared/labels'
import { categoryName, publicPlaceText } from '../shared/place-text'
import { TicketRow } from '../shared/ticket-row'
import type { TicketContext } from '../shared/use-ticket-context'
import { PlaceLabel } from '../../../components/place-label'

/** A row of 我的: one of the person's reports, or a ticket they follow. */
interface MineRow {
  reported?: TicketView
  following?: PublicTicket
}

/** 我的报修: the person's own reports with status and SLA countdown, and the ones they follow. */
export function MyTickets({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  // A page of both at a time, newest first; 加载更多 reads the next (so years of reports never arrive whole).
  // Shown again (back from a ticket, another tab), it reads as many rows as it shows while still showing them.
  const mine = usePaged<MineRow>(
    (cursor, size) =>
      loadMine(compoundId, cursor, size).then((page) => ({
        items: [
          ...page.reported.map((view): MineRow => ({ reported: view })),
          ...page.following.map((ticket): MineRow => ({ following: ticket })),
        ],
        nextCursor: page.nextCursor,
      })),
    [compoundId],
  )
  useReloadOnShow(mine.refresh)
  const news = useUnread(compoundId).data?.mineUnread ?? 0
  const reported = mine.items.flatMap((row) => (row.reported ? [row.reported] : []))
  const following = mine.items.flatMap((row) => (row.following ? [row.following] : []))
  const loaded = !mine.loading && !mine.error
  // Following a neighbour's report was one tap (我也遇到了); stopping is one tap too, after a yes.
  const [unfollowError, setUnfollowError] = useState<string | undefined>()
  async function unfollow(ticketId: string): Promise<void> {
    setUnfollowError(undefined)
    if (!(await confirm('取消关注？', '这张工单有进展时将不再通知您。'))) return
    try {
      await unfollowTicket(compoundId, ticketId)
      toast('已取消关注')
      mine.refresh()
    } catch (err) {
      setUnfollowError(messageOf(err))
    }
  }
  return (
    <>
      <Card
        title="我的报修"
        extra={reported.length ? `${mine.more ? '已显示 ' : ''}${reported.length} 件` : undefined}
        className="my-tickets"
      >
        {mine.loading ? <Loading /> : null}
        {mine.error ? <ErrorNote message={mine.error} onRetry={mine.retry} /> : null}
        {news > 0 ? (
          <ListRow
            className="my-tickets-news"
            title={`${news} 条新进展`}
            sub="点按到“消息”查看"
            extra={<StatusTag tone="wait" text="未读" />}
            onClick={() => go('inbox')}
          />
        ) : null}
        {loaded && reported.length === 0 && !mine.more ? (
          <Empty text="还没有报修。看到小区里有问题，拍张照就能报。" />
        ) : null}
        {reported.map((v) => (
          <TicketRow key={v.ticket.ticketId} view={v} context={context} className="my-ticket" />
        ))}
        {mine.more ? (
          <Button className="mine-more" size="large" block loading={mine.loadingMore} onClick={mine.loadMore}>
            加载更多
          </Button>
        ) : null}
      </Card>
      {following.length ? (
        <Card title="我关注的" className="followed-tickets">
          {following.map((t) => (
            <View key={t.ticketId} className="followed-ticket-item">
              <ListRow
                className="followed-ticket"
                title={
                  <>
                    {categoryName(context.categories, t.category)} ·{' '}
                    <PlaceLabel text={publicPlaceText(t, context.buildingNames)} />
                  </>
                }
                sub={`${t.number ? `${t.number} · ` : ''}${dateText(t.submittedAt)} 报修`}
                extra={<StatusTag tone={STATUS[t.status].tone} text={STATUS[t.status].text} />}
              />
              <Button className="unfollow-ticket" size="small" onClick={() => void unfollow(t.ticketId)}>
                取消关注
              </Button>
            </View>
          ))}
          {unfollowError ? <ErrorNote message={unfollowError} /> : null}
          <View>
            <Text className="muted">关注的工单由他人报修，只显示公开信息。</Text>
          </View>
        </Card>
      ) : null}
    </>
  )
}
