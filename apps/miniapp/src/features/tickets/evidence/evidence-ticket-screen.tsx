import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { StatusTag } from '../../../components/status-tag'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { EVENT, STATUS } from '../shared/labels'
import { loadEvidenceTicket } from './api'

/**
 * One ticket as the street and the community read it (S5, G4): read-only and masked as the board shows it (no
 * requester, no phone), with each step and its time — the evidence behind a figure or a notice.
 */
export function EvidenceTicketScreen({ compoundId, ticketId }: { compoundId: string; ticketId: string }) {
  const remote = useRemote(() => loadEvidenceTicket(compoundId, ticketId), [compoundId, ticketId])
  const data = remote.data
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!data) return <Loading />
  const t = data.ticket
  return (
    <View className="evidence-ticket-detail">
      <Card
        title={t.number ?? '报修工单'}
        extra={<StatusTag text={STATUS[t.status].text} tone={STATUS[t.status].tone} />}
        className="evidence-ticket-head"
      >
        <Text className="evidence-ticket__text">{t.description ?? '（内容审核中）'}</Text>
        <Text className="muted">提交于 {dateTimeText(t.submittedAt)}</Text>
        {t.resolvedAt ? <Text className="muted">办结于 {dateTimeText(t.resolvedAt)}</Text> : null}
        {t.ratingScore !== undefined ? <Text className="muted">居民评价 {t.ratingScore} 分</Text> : null}
        <Text className="muted">只读：报修人和电话不对街道、社区显示。</Text>
      </Card>
      <Card title="处理经过" className="evidence-ticket-steps">
        {data.steps.map((s, i) => (
          <Text key={`${s.at}-${i}`} className="evidence-ticket__step">
            {dateTimeText(s.at)} {EVENT[s.type as keyof typeof EVENT] ?? s.type}
          </Text>
        ))}
      </Card>
    </View>
  )
}
