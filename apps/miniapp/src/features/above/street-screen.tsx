import type { StreetCompound, StreetMembership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { loadStreetCompounds } from './api'
import './above.scss'

/**
 * 街道工作台 (DOMAIN G4): the compounds of the street's communities, each opening its joint meetings and decision
 * ledger to read. Whistling a department happens on an escalated ticket, as for the community.
 */
export function StreetScreen({ street }: { street: StreetMembership }) {
  const remote = useRemote(() => loadStreetCompounds(street.streetId), [street.streetId])
  useReloadOnShow(remote.reload)
  const compounds = remote.data?.compounds ?? []
  const communities = [...new Set(compounds.map((c) => c.communityName))]
  return (
    <View className="above">
      <Card title={street.streetName} className="street-summary">
        <Text className="muted">
          {remote.data
            ? `${remote.data.street.district} · 辖区 ${communities.length} 个社区、${compounds.length} 个小区`
            : ''}
        </Text>
        <View className="street-desk-links">
          <Button
            className="street-open-quarter"
            size="large"
            onClick={() => go('assessmentQuarter', { id: street.streetId })}
          >
            季度考评（红灰黑榜）
          </Button>
          <Button
            className="street-open-rubric"
            size="large"
            onClick={() => go('assessmentRubric', { id: street.streetId })}
          >
            考评细则
          </Button>
        </View>
      </Card>
      {remote.loading && !remote.data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {remote.data && compounds.length === 0 ? <Empty text="街道下还没有小区。" /> : null}
      {communities.map((name) => (
        <Card key={name} title={name} className="street-community">
          {compounds
            .filter((c) => c.communityName === name)
            .map((c) => (
              <CompoundRow key={c.compoundId} compound={c} />
            ))}
        </Card>
      ))}
    </View>
  )
}

function CompoundRow({ compound }: { compound: StreetCompound }) {
  const query = { compoundId: compound.compoundId, compoundName: compound.name }
  return (
    <View className="street-compound">
      <Text className="street-compound__name">{compound.name}</Text>
      <View className="street-compound__links">
        <Button className="street-open-meetings" size="large" onClick={() => go('jointMeetings', query)}>
          联席会议
        </Button>
        <Button className="street-open-decisions" size="large" onClick={() => go('decisions', query)}>
          决定事项
        </Button>
      </View>
    </View>
  )
}
