import {
  RECT_CATEGORY_LABEL,
  RECT_SEVERITY_LABEL,
  canCall,
  rectification,
  type RectificationView,
  type Role,
} from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { StatusTag } from '../../components/status-tag'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { useSession } from '../../state/session'
import { loadNotice } from './api'
import { statusOf, stepText } from './labels'
import { PhotoStrip } from './photos'
import { ReinspectForm, ReplyForm } from './notice-forms'
import './rectify.scss'

interface Props {
  compoundId: string
  noticeId: string
  /** The caller's roles in the compound (none for the street's staff and the company's users). */
  roles: readonly Role[]
}

/** One notice with its whole trail: evidence, the company's reply, each 回头看 and card (DOMAIN S3). */
export function NoticeDetail({ compoundId, noticeId, roles }: Props) {
  const session = useSession()
  const remote = useRemote(() => loadNotice(compoundId, noticeId), [compoundId, noticeId])
  useReloadOnShow(remote.reload)
  if (remote.loading && !remote.data) return <Loading />
  if (remote.error || !remote.data) return <ErrorNote message={remote.error ?? '没有数据'} onRetry={remote.reload} />
  const n: RectificationView = remote.data
  const status = statusOf(n)
  const company = (session?.companies ?? []).some((c) => c.companyId === n.companyId)
  const streetStaff = (session?.streets ?? []).some((s) => s.streetId === n.streetId)
  const issuingSide = n.issuer.side === 'street' ? streetStaff : canCall(rectification.reinspectNotice, roles) // community admin
  return (
    <View className="rect rect-detail">
      <View>
        <Card
          title={`${n.compoundName} · ${RECT_CATEGORY_LABEL[n.category]}`}
          extra={<StatusTag text={status.text} tone={status.tone} className="rect-status" />}
          className="rect-notice"
        >
          <Text className="rect-row__line rect-notice-text">{n.text}</Text>
          <Text className="rect-row__meta">
            {RECT_SEVERITY_LABEL[n.severity]} · 整改期限 {dateTimeText(n.deadline)}
          </Text>
          <Text className="rect-row__meta">
            发出：{n.issuer.orgName} {n.issuer.name}（{dateTimeText(n.issuedAt)}）
          </Text>
          <Text className="rect-row__meta">整改单位：{n.companyName}</Text>
          <PhotoStrip keys={n.evidenceKeys} urls={n.photoUrls} label="现场照片" />
        </Card>
        {n.ticket ? (
          <Card title={`居民报修${n.ticket.number ? ` ${n.ticket.number}` : ''}`} className="rect-ticket">
            <Text className="rect-row__line">{n.ticket.description}</Text>
            <PhotoStrip keys={n.ticket.photoKeys} urls={n.photoUrls} label="报修照片" />
          </Card>
        ) : null}
        {company && n.status === 'open' ? <ReplyForm notice={n} onDone={remote.reload} /> : null}
        {issuingSide && n.status === 'replied' ? <ReinspectForm notice={n} onDone={remote.reload} /> : null}
      </View>
      <Card title="整改记录" className="rect-trail">
        {n.trail.map((s, i) => {
          const words = stepText(s)
          return (
            <View key={i} className={`rect-trail__step rect-step--${s.kind}`}>
              <Text className="rect-trail__title">{words.title}</Text>
              <Text className="rect-row__meta">{words.meta}</Text>
              {s.note ? <Text className="rect-row__line">{s.note}</Text> : null}
              <PhotoStrip keys={s.photoKeys ?? []} urls={n.photoUrls} label="整改后照片" />
            </View>
          )
        })}
      </Card>
    </View>
  )
}
