import type { StreetMembership } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Button } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useReloadOnShow } from '../../hooks/use-reload-on-show'
import { go } from '../../lib/navigation'
import { loadStreetConsole } from './street-api'
import { ConsoleView } from './console-view'
import './above.scss'

/**
 * 街道工作台 (DOMAIN G4, S1, S5): every compound of the street with its grade, band, company colour, open
 * rectifications and the quarter's rates, and the street's totals, each drilling down to the compounds behind
 * it and on to a compound's evidence. Read from the street's pre-aggregated rows only. Whistling a department
 * happens on an escalated ticket, as for the community.
 */
export function StreetScreen({ street }: { street: StreetMembership }) {
  const remote = useRemote(() => loadStreetConsole(street.streetId), [street.streetId])
  useReloadOnShow(remote.reload)
  const totals = remote.data?.totals
  return (
    <View className="above">
      <Card title={street.streetName} className="street-summary">
        <Text className="muted">{totals ? `辖区 ${totals.communities} 个社区、${totals.compounds} 个小区` : ''}</Text>
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
          <Button
            className="street-open-rectify"
            size="large"
            onClick={() => go('rectify', { street: street.streetId })}
          >
            整改通知
          </Button>
          <Button
            className="street-open-criteria"
            size="large"
            onClick={() => go('streetCriteria', { id: street.streetId })}
          >
            评定标准
          </Button>
          <Button
            className="street-open-fund"
            size="large"
            onClick={() => go('streetFund', { street: street.streetId })}
          >
            美好家园基金
          </Button>
        </View>
      </Card>
      {remote.loading && !remote.data ? <Loading /> : null}
      {remote.error ? <ErrorNote message={remote.error} onRetry={remote.reload} /> : null}
      {remote.data ? <ConsoleView data={remote.data} load={(ask) => loadStreetConsole(street.streetId, ask)} /> : null}
    </View>
  )
}
