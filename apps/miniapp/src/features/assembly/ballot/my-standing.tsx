import { useState } from 'react'
import type { Meeting } from '@jiayuan/contracts'
import { Text } from '@tarojs/components'
import { areaText, overrides } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { BallotForm } from './ballot-form'
import { CannotVote } from './cannot-vote'
import { ReceiptList } from './receipt-list'
import type { MyBallots } from '../meeting/use-meeting-data'
import './proxy-ballots.scss'

interface Props {
  meeting: Meeting
  mine: MyBallots
  onCast(): void
}

/** The caller's part in an open vote: why they cannot vote, or the ballot, their receipts and a change. */
export function MyStanding({ meeting: m, mine, onCast }: Props) {
  const [changing, setChanging] = useState(false)
  const e = mine.eligibility
  if (!e.canVote) return <CannotVote code={e.code} reason={e.reason} holdsProxies={mine.proxyFor.length > 0} />
  const current = mine.ballots.filter((b) => b.current)
  // DOMAIN V6: a ballot the owner casts now beats their proxy's, even where votes cannot be changed.
  const byProxy = current.length > 0 && current.every((b) => overrides('online', b.channel))
  if (byProxy) {
    return (
      <>
        <Card title="代理人已代您投票" className="my-ballots my-ballots--proxy">
          <ReceiptList meeting={m} ballots={mine.ballots} />
          <Text className="muted">您本人投票后，以您本人的票为准，代理人代投的票不计。</Text>
        </Card>
        <BallotForm meeting={m} changing={false} onCast={onCast} />
      </>
    )
  }
  const canChange = m.rules?.allowVoteChange === true
  const ballot = <BallotForm meeting={m} changing={current.length > 0} onCast={() => (setChanging(false), onCast())} />
  if (current.length === 0) {
    return (
      <>
        <Text className="muted my-weight">您以 {areaText(e.area)} 的专有面积、1 人参加表决。</Text>
        {ballot}
      </>
    )
  }
  return (
    <>
      <Card title="我已投票" className="my-ballots">
        {mine.ballots.some((b) => b.channel === 'proxy') ? (
          <Text className="proxy-taken-back">代理人曾代您投票；您已本人投票，只计您本人的票。</Text>
        ) : null}
        <ReceiptList meeting={m} ballots={mine.ballots} />
        {canChange ? <Text className="muted">截止前可以修改，以最后一次为准。</Text> : null}
        {canChange && !changing ? (
          <Button className="change-vote" size="large" block onClick={() => setChanging(true)}>
            修改选票
          </Button>
        ) : null}
        {!canChange ? <Text className="muted">本小区规定选票一经投出不能更改。</Text> : null}
      </Card>
      {changing ? ballot : null}
    </>
  )
}
