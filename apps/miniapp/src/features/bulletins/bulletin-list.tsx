import { useEffect, useState } from 'react'
import { bulletins as endpoints, canCall, type BulletinView, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Button } from '../../components/nut'
import { pressable } from '../../components/pressable'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { StatusTag } from '../../components/status-tag'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { messageOf } from '../../lib/api-error'
import { go } from '../../lib/navigation'
import { loadBulletins } from './api'
import { countsText, kindLabel, periodText, stateTag } from './labels'
import './bulletins.scss'

function Row({ b }: { b: BulletinView }) {
  const open = () => go('bulletinDetail', { id: b.bulletinId })
  const state = stateTag(b)
  const counts = b.counts ? countsText(b.counts) : ''
  return (
    <View
      className={`bulletin-row bulletin-row--${b.state}`}
      ariaRole="button"
      ariaLabel={`${kindLabel(b)}，${b.title}，${b.scopeText}，${state.text}，${counts}，点按查看`}
      onClick={open}
      {...pressable(open)}
    >
      <View className="bulletin-row__top">
        <StatusTag text={kindLabel(b)} tone="bad" />
        <StatusTag text={state.text} tone={state.tone} />
      </View>
      <Text className="bulletin-row__title">{b.title}</Text>
      <Text className="bulletin-row__meta">
        {b.scopeText} · {periodText(b)}
      </Text>
      {b.counts ? <Text className="bulletin-row__counts">{counts}</Text> : null}
    </View>
  )
}

interface State {
  bulletins: BulletinView[]
  next?: string
}

/**
 * Staff and the committee's notices, current and past, newest first, each with 已读 N / 应读 M; 发布公告 at the
 * top for whoever may post. Comes back fresh when the person returns from posting or withdrawing.
 */
export function BulletinList({ compoundId, roles }: { compoundId: string; roles: readonly Role[] }) {
  const [state, setState] = useState<State>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const load = (before?: string) => {
    setBusy(true)
    setError(undefined)
    loadBulletins(compoundId, before).then(
      (page) => {
        setState((s) => ({
          bulletins: [...(before && s ? s.bulletins : []), ...page.bulletins],
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
  useReloadOnShow(() => load())

  return (
    <View className="bulletin-list">
      {canCall(endpoints.postBulletin, roles) ? (
        <Button className="bulletin-new" type="primary" size="large" block onClick={() => go('bulletinNew')}>
          发布公告
        </Button>
      ) : null}
      {!state ? error ? <ErrorNote message={error} onRetry={() => load()} /> : <Loading /> : null}
      {state && state.bulletins.length === 0 ? (
        <Empty text="还没有公告。停水、停电、消杀、施工等事项，发布后会出现在相关住户的首页和消息里。" />
      ) : null}
      {state?.bulletins.map((b) => (
        <Row key={b.bulletinId} b={b} />
      ))}
      {state?.next ? (
        <Button className="bulletin-more" block loading={busy} onClick={() => load(state.next)}>
          更早的公告
        </Button>
      ) : null}
      {state && error ? <ErrorNote message={error} /> : null}
    </View>
  )
}
