import { dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { openVotePage } from '../../../lib/vote-pages'
import { MyStanding } from '../ballot/my-standing'
import { ProxyBallots } from '../ballot/proxy-ballots'
import { NoticeCard } from './notice-card'
import { PlatformLink } from './platform-link'
import { TurnoutCard } from './turnout-card'
import { useMeetingData } from './use-meeting-data'
import { NonVotingWarning } from '../shared/warning-note'

interface Props {
  compoundId?: string
  meetingId?: string
  isCommittee: boolean
}

/** One meeting: the notice, then what the caller can do now (vote, see why not, see the meter or the result). */
export function MeetingScreen({ compoundId, meetingId, isCommittee }: Props) {
  const data = useMeetingData(compoundId, meetingId)
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorNote message={data.error} onRetry={data.reload} />
  if (!data.data) return null
  const { meeting: m, mine, turnout } = data.data
  const platformUrl = m.countedOn === 'government_platform' ? m.rules?.governmentPlatformUrl : undefined
  const published = m.status === 'preliminary' || m.status === 'final'
  // The window can be over while the meeting still says open: closing is a committee step (60 s later at least).
  const windowOver = m.votingClosesAt !== undefined && Date.parse(m.votingClosesAt) <= Date.now()
  const voting = !platformUrl && m.status === 'open' && !windowOver
  // V14: an owner outside a building's or entrance's vote is told it is not theirs, not offered a ballot.
  const notMine = m.inScope === false
  const own = voting && mine && !notMine ? <MyStanding meeting={m} mine={mine} onCast={data.reload} /> : null
  // A holder who cannot vote themselves (a tenant, a relative) comes for the owners they represent: those first.
  const proxies =
    voting && mine && mine.proxyFor.length > 0 ? (
      <ProxyBallots meeting={m} principals={mine.proxyFor} onCast={data.reload} />
    ) : null
  return (
    <>
      <NoticeCard meeting={m} />
      {m.nonVotingWarning && m.status !== 'open' ? <NonVotingWarning text={m.nonVotingWarning} /> : null}
      {platformUrl ? <PlatformLink url={platformUrl} /> : null}
      {notMine ? (
        <Card title="这不是您的表决" className="not-in-scope">
          <Text className="not-in-scope__reason">
            本次表决只由{m.scopeText}的业主参加，您登记的房屋不在{m.scopeText}
            ，无需投票。表决内容和结果向全小区公开，您可以查看。
          </Text>
        </Card>
      ) : null}
      {!platformUrl && m.status === 'noticed' && m.votingOpensAt ? (
        <Card title="尚未开始投票">
          <Text className="notice-opens">投票将于 {dateTimeText(m.votingOpensAt)} 开始，请先阅读议题全文。</Text>
        </Card>
      ) : null}
      {mine?.eligibility.canVote ? own : proxies}
      {mine?.eligibility.canVote ? proxies : own}
      {!platformUrl && (m.status === 'closed' || (m.status === 'open' && windowOver)) ? (
        <Card title="投票已截止">
          <Text className="muted">业委会正在公布结果（截止后 3 天内）。</Text>
        </Card>
      ) : null}
      {!platformUrl && (published || (isCommittee && m.status === 'closed')) ? (
        <Button
          className="open-result"
          type="primary"
          size="large"
          block
          onClick={() => openVotePage('result', { id: m.meetingId })}
        >
          查看表决结果与核对回执
        </Button>
      ) : null}
      {turnout && m.status === 'open' ? (
        <TurnoutCard turnout={turnout} {...(m.scope.kind === 'compound' ? {} : { scopeText: m.scopeText })} />
      ) : null}
      {isCommittee ? (
        <Button className="open-manage" size="large" block onClick={() => openVotePage('manage', { id: m.meetingId })}>
          业委会操作
        </Button>
      ) : null}
    </>
  )
}
