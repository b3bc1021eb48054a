import type { PublicTicket } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { StatusTag } from '../../../components/status-tag'
import { useRemote } from '../../../hooks/use-remote'
import { useReloadOnShow } from '../../../hooks/use-reload-on-show'
import { loadBoard } from '../api'
import { PRIORITY, STATUS } from '../shared/labels'
import { PhotoStrip } from '../shared/photo-strip'
import { categoryName, publicPlaceText } from '../shared/place-text'
import type { TicketContext } from '../shared/use-ticket-context'
import './public-board.scss'
import { PlaceLabel } from '../../../components/place-label'

function BoardCard({ t, urls, context }: { t: PublicTicket; urls: Record<string, string>; context: TicketContext }) {
  const status = STATUS[t.status]
  return (
    <View className="board-ticket">
      <View className="board-ticket__head">
        <Text className="board-ticket__title">
          {categoryName(context.categories, t.category)} ·{' '}
          <PlaceLabel text={publicPlaceText(t, context.buildingNames)} />
        </Text>
        <StatusTag className="board-status" tone={status.tone} text={status.text} />
      </View>
      <Text className="board-ticket__desc">{t.description ?? '（描述审核中）'}</Text>
      <Text className="muted">
        {t.number ? `${t.number} · ` : ''}
        {dateText(t.submittedAt)} 报修 · {PRIORITY[t.priority]}
        {t.resolvedAt ? ` · ${dateText(t.resolvedAt)} 处理完成` : ''}
        {t.escalated ? ' · 已上报' : ''}
        {t.ratingScore ? ` · 评价 ${t.ratingScore} 星` : ''}
      </Text>
      <PhotoStrip title="照片" photos={t.photos} urls={urls} />
      <PhotoStrip title="处理后" photos={t.afterPhotos} urls={urls} />
    </View>
  )
}

/** 公示栏 (DOMAIN T6): open and recently closed tickets, nobody named, units masked, moderated photos only. */
export function PublicBoard({ compoundId, context }: { compoundId: string; context: TicketContext }) {
  const board = useRemote(() => loadBoard(compoundId), [compoundId])
  useReloadOnShow(board.reload)
  const list = board.data?.tickets ?? []
  const open = list.filter((t) => !['resolved', 'confirmed', 'closed'].includes(t.status)).length
  return (
    <Card title="工单公示" extra={board.data ? `处理中 ${open} 件` : undefined} className="public-board">
      <Text className="muted">不显示报修人，房号已打码；照片审核通过后才会显示。</Text>
      {board.loading && !board.data ? <Loading /> : null}
      {board.error ? <ErrorNote message={board.error} onRetry={board.reload} /> : null}
      {board.data && list.length === 0 ? <Empty text="近 30 天没有工单。" /> : null}
      {list.map((t) => (
        <BoardCard key={t.ticketId} t={t} urls={board.data?.photoUrls ?? {}} context={context} />
      ))}
    </Card>
  )
}
