import type { ReactNode } from 'react'
import type { DisclosureItem, DisclosureObjection } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { freshnessOf, frequencyText, itemsOf } from '../format'
import { ObjectionDone } from './objection-done'
import './section-card.scss'

interface Props {
  item: DisclosureItem
  canEdit: boolean
  canObject: boolean
  /** Shown under the title, e.g. that someone else saved first. */
  notice?: string
  /** The objection just filed on this section. */
  filed?: DisclosureObjection
  onEdit(): void
  onObject(line: string): void
  /** The editor or the objection form, when open on this section. */
  children?: ReactNode
}

/** One section of the board: its items, when it was last updated (Beijing time), how often, and if stale. */
export function SectionCard({ item, canEdit, canObject, notice, filed, onEdit, onObject, children }: Props) {
  const fresh = freshnessOf(item)
  const lines = itemsOf(item.content)
  return (
    <Card
      title={item.title}
      className={`disclosure-section disclosure-${item.section}`}
      extra={<StatusTag className="disclosure-fresh" text={fresh.label} tone={fresh.tone} />}
    >
      <View className="disclosure-section__meta">
        <Text className="disclosure-updated">
          {item.updatedAt ? `最近更新：${dateTimeText(item.updatedAt)}（北京时间）· 第 ${item.version} 版` : '尚未公示'}
        </Text>
        <Text className="muted">
          {frequencyText(item.frequencyDays)}
          {fresh.detail ? `；${fresh.detail}` : ''}
        </Text>
      </View>
      {notice ? (
        <View className="disclosure-notice" ariaRole="alert">
          {notice}
        </View>
      ) : null}
      {item.persons.length > 0 ? (
        <View className="disclosure-persons">
          {item.persons.map((p, i) => (
            <Text key={i} className="disclosure-person">
              {p.duty}：{p.name}，工作电话 {p.workContact}
            </Text>
          ))}
        </View>
      ) : null}
      {lines.map((line, i) => (
        <View key={i} className="disclosure-item">
          <Text className="disclosure-item__text">{line}</Text>
          {canObject && !children ? (
            <View
              className="disclosure-item__object disclosure-object"
              ariaRole="button"
              ariaLabel={`对“${line}”提出异议`}
              onClick={() => onObject(line)}
            >
              提异议
            </View>
          ) : null}
        </View>
      ))}
      {filed ? <ObjectionDone objection={filed} /> : null}
      {children}
      {canEdit && !children ? (
        <Button className="disclosure-edit" size="large" block onClick={onEdit}>
          {item.updatedAt ? '更新这一栏' : '填写并公示'}
        </Button>
      ) : null}
    </Card>
  )
}
