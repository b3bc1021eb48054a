import { RECT_CATEGORY_LABEL, RECT_SEVERITY_LABEL, type RectFilter, type RectificationRow } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { ChoiceChips } from '../../components/choice-chips'
import { StatusTag } from '../../components/status-tag'
import { Empty } from '../../components/status'
import { pressable } from '../../components/pressable'
import { go } from '../../lib/navigation'
import { statusOf } from './labels'

const FILTERS: ReadonlyArray<{ value: RectFilter; label: string }> = [
  { value: 'open', label: '未完成' },
  { value: 'overdue', label: '已逾期' },
  { value: 'closed', label: '已通过' },
  { value: 'all', label: '全部' },
]

export function FilterChips({ value, onChange }: { value: RectFilter; onChange(f: RectFilter): void }) {
  return (
    <View className="rect-filters">
      <ChoiceChips options={FILTERS} value={value} onChange={onChange} chipClassName="rect-filter" columns={4} />
    </View>
  )
}

/** Notices as rows: what, where, the deadline and who issued it; a tap opens the whole trail. */
export function NoticeRows({ notices, showCompound }: { notices: readonly RectificationRow[]; showCompound: boolean }) {
  if (notices.length === 0) return <Empty text="没有符合条件的整改通知。" />
  return (
    <View className="rect-list">
      {notices.map((n) => {
        const status = statusOf(n)
        const open = () => go('rectDetail', { compoundId: n.compoundId, id: n.noticeId })
        return (
          <View key={n.noticeId} className="rect-row" onClick={open} ariaRole="button" {...pressable(open)}>
            <Card
              title={`${showCompound ? `${n.compoundName} · ` : ''}${RECT_CATEGORY_LABEL[n.category]}`}
              extra={<StatusTag text={status.text} tone={status.tone} className="rect-status" />}
            >
              <Text className="rect-row__line">{n.text}</Text>
              <Text className="rect-row__meta">
                {RECT_SEVERITY_LABEL[n.severity]} · 期限 {dateTimeText(n.deadline)}
              </Text>
              <Text className="rect-row__meta">
                {n.issuer.orgName} {n.issuer.name} 发给 {n.companyName}
              </Text>
            </Card>
          </View>
        )
      })}
    </View>
  )
}
