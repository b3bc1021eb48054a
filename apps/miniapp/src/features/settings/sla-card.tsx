import type { CompoundSettings } from '@jiayuan/contracts'
import { durationText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { go } from '../../lib/navigation'

const PRIORITY = { life_safety: '生命安全', urgent: '紧急', normal: '一般', complaint: '投诉' } as const

/** The SLA table (DOMAIN T1) at a glance; it is edited on its own page, which staff use too. */
export function SlaCard({ settings }: { settings: CompoundSettings }) {
  const name = (id: string) =>
    id === '*' ? '其他类别' : (settings.ticketCategories.find((c) => c.id === id)?.name ?? id)
  return (
    <Card title="工单时限" className="settings-sla" extra={`${settings.slaTable.length} 行`}>
      {settings.slaTable.map((r) => (
        <ListRow
          key={`${r.category}/${r.priority}`}
          className="sla-summary-row"
          title={`${name(r.category)} · ${PRIORITY[r.priority]}`}
          sub={`响应 ${durationText(r.respondMinutes)} · 到场 ${durationText(r.onSiteMinutes)} · 解决 ${durationText(r.resolveMinutes)}${r.clock === 'working' ? '（工作时间）' : ''}`}
        />
      ))}
      <ListRow
        className="sla-edit-link"
        title="修改工单时限"
        sub="按类别和紧急程度设置，修改同样记入日志"
        extra="›"
        onClick={() => go('ticketSla')}
      />
    </Card>
  )
}
