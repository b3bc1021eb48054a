import type { AgendaItem, JointMeetingView } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/card'
import { Button, Input } from '../../components/nut'
import { ErrorNote } from '../../components/status'
import { go } from '../../lib/navigation'
import { editAgenda } from './api'
import { sourceText, ticketOf } from './labels'
import { useSave } from '../../hooks/use-save'

interface Props {
  meeting: JointMeetingView
  editable: boolean
  onSaved(m: JointMeetingView): void
}

/** The agenda, each item with its source; the convenor moves items, adds one, and saves (the first stays first). */
export function AgendaCard({ meeting, editable, onSaved }: Props) {
  const [items, setItems] = useState<AgendaItem[]>(meeting.agenda)
  const [title, setTitle] = useState('')
  const save = useSave()
  const changed = JSON.stringify(items) !== JSON.stringify(meeting.agenda)
  const move = (i: number, by: -1 | 1) =>
    setItems((list) => {
      const next = [...list]
      const [item] = next.splice(i, 1)
      if (item) next.splice(i + by, 0, item)
      return next
    })
  const add = () => {
    if (!title.trim()) return
    setItems((list) => [
      ...list,
      { itemId: `m${Date.now().toString(36)}`, title: title.trim(), source: { kind: 'manual' } },
    ])
    setTitle('')
  }
  const submit = () =>
    void save
      .run(() => editAgenda(meeting, { items, expectedRevision: meeting.revision }), '议程已保存')
      .then((m) => m && onSaved(m))
  return (
    <Card title="议程" className="gov-agenda">
      {items.map((item, i) => {
        const ticketId = ticketOf(item.source)
        return (
          <View key={item.itemId} className="gov-agenda__item">
            <View className="gov-agenda__main">
              <Text className="gov-agenda__title">
                {i + 1}. {item.title}
              </Text>
              <Text className="muted">{sourceText(item.source)}</Text>
            </View>
            {ticketId ? (
              <Button size="small" className="gov-agenda__open" onClick={() => go('ticketDetail', { id: ticketId })}>
                看工单
              </Button>
            ) : null}
            {editable && i > 1 ? (
              <Button size="small" onClick={() => move(i, -1)}>
                上移
              </Button>
            ) : null}
            {editable && i > 0 && i < items.length - 1 ? (
              <Button size="small" onClick={() => move(i, 1)}>
                下移
              </Button>
            ) : null}
          </View>
        )
      })}
      {editable ? (
        <View className="gov-form">
          <Input className="gov-agenda-new" value={title} onChange={setTitle} placeholder="添加议题" />
          <Button className="gov-agenda-add" size="small" onClick={add}>
            添加
          </Button>
          {save.error ? <ErrorNote message={save.error} /> : null}
          {changed ? (
            <Button className="gov-agenda-save" type="primary" block loading={save.busy} onClick={submit}>
              保存议程
            </Button>
          ) : null}
        </View>
      ) : null}
    </Card>
  )
}
