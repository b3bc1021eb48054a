import { useEffect, useState } from 'react'
import type { BulletinView } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useRemote } from '../../hooks/use-remote'
import { useSubscribeAtTap } from '../../hooks/use-subscribe-at-tap'
import { messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { isWeapp } from '../../lib/platform'
import { openBulletin, withdrawBulletin } from './api'
import { authorText, countsText, kindLabel, periodText, stateTag } from './labels'
import './bulletins.scss'

/**
 * One notice in full. Opening it is reading it: the API counts the person once (if it is for them) and marks
 * its message in 消息 read. Staff and the committee see 已读 N / 应读 M; its author or staff may withdraw it,
 * after a confirmation that says what follows (DOMAIN T10). In WeChat, a person it is for may ask here to be
 * told of the next notice by a subscribe message (DOMAIN W4: asked at a tap, one send per yes).
 */
export function BulletinDetail({ compoundId, bulletinId }: { compoundId: string; bulletinId: string }) {
  const opened = useRemote(() => openBulletin(compoundId, bulletinId), [compoundId, bulletinId])
  const [shown, setShown] = useState<BulletinView>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  useEffect(() => setShown(opened.data), [opened.data])
  const askAtTap = useSubscribeAtTap(isWeapp ? compoundId : undefined, ['bulletin'])

  if (!shown) return opened.error ? <ErrorNote message={opened.error} onRetry={opened.reload} /> : <Loading />
  const b = shown
  const state = stateTag(b)

  async function withdraw(): Promise<void> {
    if (busy) return
    const sure = await confirm(
      '撤回这条公告？',
      '撤回后它会从住户的首页消失，已收到的消息会显示“已撤回”。撤回后不能恢复。',
    )
    if (!sure) return
    setBusy(true)
    setError(undefined)
    try {
      setShown(await withdrawBulletin(compoundId, bulletinId))
      toast('公告已撤回')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="bulletin-detail">
      <View className="bulletin-detail__tags">
        <StatusTag text={kindLabel(b)} tone="bad" />
        <StatusTag text={state.text} tone={state.tone} />
      </View>
      <Text className="bulletin-detail__title">{b.title}</Text>
      <View className="bulletin-facts">
        <Text className="bulletin-facts__row">范围：{b.scopeText}</Text>
        <Text className="bulletin-facts__row">时间：{periodText(b)}</Text>
        <Text className="bulletin-facts__row">
          发布：{authorText(b)}，{dateTimeText(b.postedAt)}
        </Text>
        {b.withdrawnAt ? (
          <Text className="bulletin-facts__row bulletin-facts__withdrawn">已于 {dateTimeText(b.withdrawnAt)} 撤回</Text>
        ) : null}
      </View>
      <Text className="bulletin-detail__body">{b.body}</Text>
      {b.counts ? (
        <View className="bulletin-counts" ariaRole="status">
          <Text className="bulletin-counts__text">{countsText(b.counts)}</Text>
          <Text className="muted">应读：消息送达的住户；已读：打开过这条公告的人，每人只算一次。</Text>
        </View>
      ) : null}
      {isWeapp && b.read !== undefined ? (
        <Button className="bulletin-subscribe" size="small" onClick={askAtTap}>
          有新公告时微信提醒我
        </Button>
      ) : null}
      {error ? <ErrorNote message={error} /> : null}
      {b.canWithdraw ? (
        <Button className="bulletin-withdraw" size="large" block loading={busy} onClick={() => void withdraw()}>
          撤回公告
        </Button>
      ) : null}
    </View>
  )
}
