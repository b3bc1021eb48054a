import type { BulletinView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { pressable } from '../../components/pressable'
import { StatusTag } from '../../components/status-tag'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useRemote } from '../../hooks/use-remote'
import { go } from '../../lib/navigation'
import { loadCurrent } from './api'
import { kindLabel, periodText, stateTag } from './labels'
import './home-bulletins.scss'

function BulletinCard({ b }: { b: BulletinView }) {
  const open = () => go('bulletinDetail', { id: b.bulletinId })
  const state = stateTag(b)
  return (
    <View
      className={`home-bulletin${b.read ? '' : ' home-bulletin--unread'}`}
      ariaRole="button"
      ariaLabel={`${b.read ? '' : '未读，'}公告：${kindLabel(b)}，${b.title}，${b.scopeText}，${periodText(b)}，点按查看全文`}
      onClick={open}
      {...pressable(open)}
    >
      <View className="home-bulletin__top">
        <StatusTag text={kindLabel(b)} tone="bad" />
        <StatusTag text={state.text} tone={state.tone} />
        {b.read ? null : <Text className="home-bulletin__unread">未读</Text>}
      </View>
      <Text className="home-bulletin__title">{b.title}</Text>
      <Text className="home-bulletin__meta">
        {b.scopeText} · {periodText(b)}
      </Text>
      <Text className="home-bulletin__more">查看全文</Text>
    </View>
  )
}

/**
 * The notices (公告) that reach the person and have not ended, as cards at the top of the home page; tapping one
 * opens its full text. Nothing at all when there is none (no empty box to read past), and no error box either:
 * the rest of home works without them.
 */
export function HomeBulletins({ compoundId }: { compoundId: string }) {
  const current = useRemote(() => loadCurrent(compoundId), [compoundId])
  useReloadOnShow(current.reload)
  const list = current.data ?? []
  if (list.length === 0) return null
  return (
    <View className="home-bulletins" ariaRole="region" ariaLabel="小区公告">
      {list.map((b) => (
        <BulletinCard key={b.bulletinId} b={b} />
      ))}
    </View>
  )
}
