import type { ConversationSide, TicketMessage } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { cx } from '../../../../components/cx'
import { PhotoStrip } from '../../shared/photo-strip'

/** Who wrote a message, as the reader knows them: 我, the requester (报修人), or the handler by name. */
function senderLabel(message: TicketMessage, viewerId: string): string {
  if (message.senderId === viewerId) return '我'
  if (message.side === 'requester') return '报修人'
  return message.senderName ? `处理人 ${message.senderName}` : '处理人'
}

const WITHHELD = { pending: '内容审核中，通过后显示', rejected: '内容未通过审核' } as const

export function MessageList({
  messages,
  photoUrls,
  viewerId,
  side,
}: {
  messages: readonly TicketMessage[]
  photoUrls: Record<string, string>
  viewerId: string
  side: ConversationSide
}) {
  if (messages.length === 0) {
    const other = side === 'requester' ? '处理人' : '报修人'
    return <Text className="muted conversation-empty">还没有留言。有话可以在这里对{other}说。</Text>
  }
  return (
    <View className="conversation-list">
      {messages.map((message) => {
        const own = message.senderId === viewerId
        const who = senderLabel(message, viewerId)
        return (
          <View key={message.messageId} className={cx('conversation-message', own && 'conversation-message--own')}>
            <View className="conversation-message__head">
              <Text className="conversation-message__who">{who}</Text>
              <Text className="conversation-message__when">{dateTimeText(message.at)}</Text>
            </View>
            {message.text !== undefined ? (
              <Text className="conversation-message__text">{message.text}</Text>
            ) : (
              <Text className="muted">{WITHHELD[message.withheld ?? 'pending']}</Text>
            )}
            <PhotoStrip title={`${who}的照片`} photos={message.photos} urls={photoUrls} />
            {own && message.textModeration === 'pending' ? <Text className="muted">审核通过后对方可见</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
