import { useEffect, useState } from 'react'
import type { AnnouncementKind, InboxMessage } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { messageOf } from '../../lib/api-error'
import { isWeapp } from '../../lib/platform'
import { useSubscribeAtTap } from '../../hooks/use-subscribe-at-tap'
import { loadInbox, markRead } from './api'
import { ANNOUNCEMENT_LABEL, kindLabel, openLink } from './open-message'
import './inbox.scss'

const KINDS = Object.keys(ANNOUNCEMENT_LABEL) as AnnouncementKind[]

interface State {
  messages: InboxMessage[]
  unread: number
  next?: string
}

/**
 * The person's messages (消息), newest first: unread ones are marked in words; tapping one marks it read and
 * opens the ticket, the meeting, the result or the report. Older ones load a page at a time. With a null
 * compound, the personal inbox of someone working above the compound (G4, S3): notices, evaluations, requests.
 */
export function InboxList({ compoundId }: { compoundId: string | null }) {
  const [state, setState] = useState<State>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const askAtTap = useSubscribeAtTap(compoundId ?? undefined, KINDS)

  const load = (before?: string) => {
    setBusy(true)
    setError(undefined)
    loadInbox(compoundId, before).then(
      (page) => {
        setState((s) => ({
          messages: [...(before && s ? s.messages : []), ...page.messages],
          unread: page.unread,
          ...(page.next ? { next: page.next } : {}),
        }))
        setBusy(false)
      },
      (err: unknown) => {
        setError(messageOf(err))
        setBusy(false)
      },
    )
  }
  useEffect(() => load(), [compoundId])

  const open = (message: InboxMessage) => {
    if (!message.readAt) {
      const readAt = new Date().toISOString()
      setState(
        (s) =>
          s && {
            ...s,
            unread: Math.max(0, s.unread - 1),
            messages: s.messages.map((m) => (m.messageId === message.messageId ? { ...m, readAt } : m)),
          },
      )
      void markRead(compoundId, message.messageId).catch(() => undefined)
    }
    openLink(message.link, compoundId ? undefined : message)
  }

  if (!state) return error ? <ErrorNote message={error} onRetry={() => load()} /> : <Loading />
  return (
    <View className="inbox">
      <View className="inbox__head">
        <Text className="inbox__count">{state.unread > 0 ? `${state.unread} 条未读` : '没有未读消息'}</Text>
        {/* Subscribe messages exist only inside WeChat; in a browser there is nothing to turn on. */}
        {isWeapp && compoundId ? (
          <Button
            className="inbox__subscribe"
            size="small"
            ariaLabel="开启微信提醒：有新公告、表决结果或月报时在微信里提醒我"
            onClick={askAtTap}
          >
            开启微信提醒
          </Button>
        ) : null}
      </View>
      {state.messages.length === 0 ? (
        <Empty
          text={
            compoundId
              ? '还没有消息。您的报修有进展，物业或业委会发布停水、停电等公告，或小区发布业主大会公告、表决结果、物业月报时，会在这里通知您。'
              : '还没有消息。整改通知有进展、考评结果公布、有诉求转到您这里时，会在这里通知您。'
          }
        />
      ) : null}
      {state.messages.map((m) => (
        <View
          key={m.messageId}
          className={`inbox-item ${m.readAt ? 'inbox-item--read' : 'inbox-item--unread'}`}
          ariaRole="button"
          ariaLabel={`${m.readAt ? '' : '未读，'}${m.title}，${dateTimeText(m.at)}，点按查看`}
          onClick={() => open(m)}
        >
          <View className="inbox-item__top">
            <StatusTag
              text={m.readAt ? kindLabel(m.kind) : `未读 · ${kindLabel(m.kind)}`}
              tone={m.readAt ? 'plain' : 'wait'}
            />
            <Text className="inbox-item__time">{dateTimeText(m.at)}</Text>
          </View>
          <Text className="inbox-item__title">{m.title}</Text>
          {m.body ? <Text className="inbox-item__body">{m.body}</Text> : null}
        </View>
      ))}
      {state.next ? (
        <Button
          className="inbox__more"
          block
          loading={busy}
          ariaLabel="加载更早的消息"
          onClick={() => load(state.next)}
        >
          更早的消息
        </Button>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
    </View>
  )
}
