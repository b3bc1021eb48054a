import { dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { MotionMeter } from './motion-meter'
import type { Turnout } from './use-meeting-data'

/** 会通过吗: the live meter from `turnout` (aggregates only, no names). */
export function TurnoutCard({ turnout, scopeText }: { turnout: Turnout; scopeText?: string }) {
  return (
    <Card
      title={turnout.sealed ? '计票结果' : '实时参与情况'}
      extra={`截至 ${dateTimeText(turnout.asOf)}`}
      className="turnout-card"
    >
      <Text className="muted">
        法定条件：参与表决的业主人数和专有面积都达到三分之二以上，再按议题的通过条件计算同意票。
      </Text>
      {scopeText ? (
        <Text className="muted turnout-scope">
          只计{scopeText}的业主：人数和面积都以{scopeText}的冻结名册为准。
        </Text>
      ) : null}
      {turnout.motions.map((r) => (
        <MotionMeter key={r.motionId} motion={r} shortfall={r.quorumShortfall} live={!turnout.sealed} />
      ))}
    </Card>
  )
}
