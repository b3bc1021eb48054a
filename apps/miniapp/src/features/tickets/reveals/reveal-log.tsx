import { useState } from 'react'
import type { ContactReveal } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Button } from '../../../components/nut'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { loadContactReveals } from '../api'

const ROLE = { grid_worker: '网格员', property_staff: '物业' } as const

/**
 * 联系方式查看记录 (DOMAIN T7): every time a worker or staff saw a requester's name, unit and phone, newest
 * first, for the committee to oversee. The log names the viewer and the ticket, never the requester.
 */
export function RevealLog({ compoundId }: { compoundId: string }) {
  const first = useRemote(() => loadContactReveals(compoundId), [compoundId])
  const [older, setOlder] = useState<{ reveals: ContactReveal[]; next?: string; error?: string; loading?: boolean }>()
  if (first.loading && !first.data) return <Loading />
  if (first.error || !first.data) return <ErrorNote message={first.error ?? '没有读到记录'} onRetry={first.reload} />
  const reveals = [...first.data.reveals, ...(older?.reveals ?? [])]
  const next = older ? older.next : first.data.olderBefore
  async function more(before: string): Promise<void> {
    setOlder((o) => ({ reveals: o?.reveals ?? [], next: before, loading: true }))
    try {
      const page = await loadContactReveals(compoundId, before)
      setOlder((o) => ({ reveals: [...(o?.reveals ?? []), ...page.reveals], next: page.olderBefore }))
    } catch (err) {
      setOlder((o) => ({ reveals: o?.reveals ?? [], next: before, error: messageOf(err) }))
    }
  }
  if (reveals.length === 0) return <Empty text="还没有人查看过报修人的联系方式。" />
  return (
    <Card title="联系方式查看记录" extra={`${reveals.length} 条`} className="reveal-log">
      <Text className="muted">网格员和物业每次查看报修人的姓名、房号和电话都会记在这里。</Text>
      {reveals.map((r) => (
        <ListRow
          key={r.revealId}
          className="reveal-row"
          title={`${ROLE[r.viewerRole]} ${r.viewerName} 查看了工单 ${r.ticketId.slice(0, 8)}`}
          sub={dateTimeText(r.at)}
        />
      ))}
      {older?.error ? <ErrorNote message={older.error} /> : null}
      {next ? (
        <Button size="large" block loading={older?.loading} onClick={() => void more(next)}>
          更早的记录
        </Button>
      ) : null}
    </Card>
  )
}
