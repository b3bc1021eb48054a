import { MESSAGE_PHOTOS_MAX, MESSAGE_TEXT_MAX } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../../components/card'
import { Field } from '../../../../components/field'
import { Button, TextArea } from '../../../../components/nut'
import { ErrorNote, Loading } from '../../../../components/status'
import { PhotoPicker } from '../../../../components/photo-picker'
import { MessageList } from './message-list'
import { useConversation } from './use-conversation'
import './conversation.scss'

/**
 * 留言: the requester and whoever handles the ticket write to each other (DOMAIN T8), with up to three photos
 * a message. Each message tells the other side; words and photos reach them once checked (W5).
 */
export function ConversationSection({
  compoundId,
  ticketId,
  viewerId,
}: {
  compoundId: string
  ticketId: string
  viewerId: string
}) {
  const c = useConversation(compoundId, ticketId)
  const { thread } = c
  return (
    <Card
      title="留言"
      className="ticket-conversation"
      extra={thread.data ? `${thread.data.messages.length} 条` : undefined}
    >
      {thread.loading && !thread.data ? <Loading /> : null}
      {thread.error ? <ErrorNote message={thread.error} onRetry={thread.reload} /> : null}
      {thread.data ? (
        <MessageList
          messages={thread.data.messages}
          photoUrls={thread.data.photoUrls}
          viewerId={viewerId}
          side={thread.data.side}
        />
      ) : null}
      <View className="conversation-composer">
        <Field label="写留言" error={c.errors.text} className="field-message-text">
          <TextArea
            className="message-text"
            value={c.text}
            placeholder="想对对方说的话"
            maxLength={-1}
            onChange={c.setText}
          />
        </Field>
        <Text className={c.text.length > MESSAGE_TEXT_MAX ? 'error-text' : 'muted'}>
          {c.text.length}/{MESSAGE_TEXT_MAX} 字
        </Text>
        <PhotoPicker
          uploads={c.photos}
          label="附照片（可选）"
          hint={`最多 ${MESSAGE_PHOTOS_MAX} 张`}
          fullText={`已选满 ${MESSAGE_PHOTOS_MAX} 张（每条留言最多 ${MESSAGE_PHOTOS_MAX} 张照片）`}
          error={c.errors.photoKeys}
          name="message-photo"
        />
        {c.failure ? <ErrorNote message={c.failure} /> : null}
        <Button className="message-send" type="primary" size="large" block loading={c.sending} onClick={c.send}>
          发送
        </Button>
        <Button className="message-refresh" size="large" block onClick={thread.reload}>
          刷新留言
        </Button>
      </View>
    </Card>
  )
}
