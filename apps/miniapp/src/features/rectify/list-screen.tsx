import { useState } from 'react'
import { canCall, rectification, type Membership, type RectFilter, type StreetMembership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { StatusTag } from '../../components/status-tag'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { useSession } from '../../state/session'
import { loadCompoundNotices, loadStreetNotices } from './api'
import { CompanyCard } from './company-card'
import { colourText, colourTone } from './labels'
import { FilterChips, NoticeRows } from './notice-list'
import './rectify.scss'

export type ListScope = { kind: 'street'; street: StreetMembership } | { kind: 'compound'; membership: Membership }

/**
 * 整改通知 (DOMAIN S3): the street's staff see every compound of the street; the community admin and the
 * compound's members see the compound's notices (members read only). Issuers get the issue form and the
 * compound's company.
 */
export function NoticesScreen({ scope }: { scope: ListScope }) {
  const session = useSession()
  const [filter, setFilter] = useState<RectFilter>('open')
  const key = scope.kind === 'street' ? scope.street.streetId : scope.membership.compoundId
  const remote = useRemote(
    () =>
      scope.kind === 'street'
        ? loadStreetNotices(scope.street.streetId, filter)
        : loadCompoundNotices(scope.membership.compoundId, filter),
    [key, filter],
  )
  useReloadOnShow(remote.reload)
  const streetStaff = (session?.streets?.length ?? 0) > 0
  const canIssue =
    scope.kind === 'street' || canCall(rectification.issueNotice, scope.membership.roles, { streetStaff })
  const issue = () =>
    scope.kind === 'street'
      ? go('rectNew', { street: scope.street.streetId })
      : go('rectNew', { compoundId: scope.membership.compoundId, compoundName: scope.membership.compoundName })
  const data = remote.data
  return (
    <View className="rect">
      <Card
        title={
          scope.kind === 'street'
            ? `${scope.street.streetName} · 整改通知`
            : `${scope.membership.compoundName} · 整改通知`
        }
        extra={data?.colour ? <StatusTag text={colourText(data.colour)} tone={colourTone(data.colour)} /> : null}
        className="rect-head"
      >
        {data?.company ? <Text className="rect-row__meta">物业企业：{data.company.name}</Text> : null}
        {canIssue ? null : (
          <Text className="rect-row__meta">街道和社区对物业发出的整改通知，照片公开，发出人署名。</Text>
        )}
        {canIssue ? (
          <Button className="rect-issue-open" type="primary" size="large" block onClick={issue}>
            发整改通知
          </Button>
        ) : null}
      </Card>
      {canIssue && scope.kind === 'compound' ? <CompanyCard compoundId={scope.membership.compoundId} /> : null}
      <FilterChips value={filter} onChange={setFilter} />
      {remote.loading && !data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {data ? <NoticeRows notices={data.notices} showCompound={scope.kind === 'street'} /> : null}
    </View>
  )
}
