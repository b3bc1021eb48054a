import { assembly, canCall } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { StatusTag } from '../../../components/status-tag'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { useMembership } from '../../../state/session'
import { loadMeeting, loadResult } from '../api'
import { AffectedList } from '../lift/affected-list'
import { CHANNEL_LABEL, STATUS, scopeLabel } from '../shared/labels'
import { ObjectionForm } from './objection-form'
import { ObjectionList } from './objection-list'
import { ReceiptCheck } from './receipt-check'
import { ResultTable } from './result-table'

type Ids = { compoundId: string; meetingId: string }

async function load(ids: Ids) {
  const [meeting, result] = await Promise.all([loadMeeting(ids), loadResult(ids)])
  return { meeting, result }
}

/** The published result with every number, the objection form while preliminary, and the receipt check. */
export function ResultScreen({
  compoundId,
  meetingId,
  isOwner,
}: {
  compoundId?: string
  meetingId?: string
  isOwner: boolean
}) {
  // Staff and grid workers hold no ballots: only voters and proxy holders get the receipt check.
  const roles = useMembership()?.roles
  const votes = canCall(assembly.myBallots, roles)
  // The committee reads and answers every objection on its 管理 page; here an owner sees their own.
  const committee = canCall(assembly.answerObjection, roles)
  const data = useRemote(
    () => (compoundId && meetingId ? load({ compoundId, meetingId }) : undefined),
    [compoundId, meetingId],
  )
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorNote message={data.error} onRetry={data.reload} />
  if (!data.data || !compoundId || !meetingId) return null
  const { meeting: m, result: r } = data.data
  const status = STATUS[r.status]
  const ids = { compoundId, meetingId }
  const objectionOpen =
    r.status === 'preliminary' && r.objectionDeadline !== undefined && Date.parse(r.objectionDeadline) > Date.now()
  const title = (id: string) => m.motions.find((x) => x.motionId === id)?.title ?? id
  const channels = Object.entries(r.ballotLog.channels).map(
    ([k, n]) => `${CHANNEL_LABEL[k as keyof typeof CHANNEL_LABEL]} ${n}`,
  )
  return (
    <>
      <Card
        title={m.title}
        extra={<StatusTag text={status.text} tone={status.tone} className="result-status" />}
        className="result-card"
      >
        <Text className="muted">
          {r.status === 'final'
            ? `最终结果，${r.finalAt ? dateTimeText(r.finalAt) : ''} 公布${r.preliminaryAt ? '（初步结果异议期已满）' : '（本小区议事规则不设异议期）'}。`
            : ''}
          {r.status === 'preliminary' && r.objectionDeadline
            ? `初步结果，异议期至 ${dateTimeText(r.objectionDeadline)}。`
            : ''}
          {r.status === 'closed' ? '已截止，结果尚未公布（仅业委会可见）。' : ''}
        </Text>
        <Text className="muted result-scope">表决范围：{scopeLabel(m)}</Text>
        {r.finalNote ? <Text className="muted">业委会说明：{r.finalNote}</Text> : null}
        <Text className="muted">
          选票 {r.ballotLog.count} 张（{channels.join('，')}），异议 {r.objections} 条，{dateTimeText(r.closedAt)} 截止
        </Text>
        {r.followMajority.enabled ? (
          <Text className="muted">
            适用从众条款{r.followMajority.clause ? `（${r.followMajority.clause}）` : ''}，已送达{' '}
            {r.followMajority.delivered} 户
          </Text>
        ) : null}
        {r.motions.map((x) => (
          <ResultTable key={x.motionId} result={x} />
        ))}
        {m.motions.map((x) => (
          <AffectedList key={x.motionId} motion={x} />
        ))}
        <Text className="muted result-hashes">名册哈希 {r.rollHash.slice(0, 16)}…</Text>
        <Text className="muted result-hashes result-root" userSelect>
          选票清单根哈希 {r.ballotLog.headHash}
        </Text>
      </Card>
      {isOwner && objectionOpen && r.objectionDeadline ? (
        <ObjectionForm ids={ids} deadline={r.objectionDeadline} />
      ) : null}
      {isOwner && r.preliminaryAt && !committee ? <ObjectionList ids={ids} canAnswer={false} /> : null}
      {votes && r.status !== 'closed' ? (
        <ReceiptCheck ids={ids} announcedRoot={r.ballotLog.headHash} title={title} />
      ) : null}
    </>
  )
}
