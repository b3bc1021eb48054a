import { useState } from 'react'
import type { Meeting } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Button } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { openVotePage } from '../../../lib/vote-pages'
import { closeVoting, loadMeeting, openVoting, publishFinal, publishPreliminary } from '../api'
import { DeliveryForm } from '../paper/delivery-form'
import { DeliveryList } from '../paper/delivery-list'
import { AuditCard } from './audit-card'
import { ExtendForm } from './extend-form'
import { ProxyLetters } from './proxy-letters'
import { AffectedForm } from '../lift/affected-form'
import { STATUS } from '../shared/labels'
import { NoticeForm } from './notice-form'
import { PaperBallotForm } from '../paper/paper-ballot-form'
import { ProxyForm } from '../paper/proxy-form'
import { ObjectionList } from '../results/objection-list'
import { StepButton } from './step-button'
import { TextStep } from './text-step'
import './manage.scss'

type Ids = { compoundId: string; meetingId: string }

/** Deliveries recorded so far under the form that records them; the list reloads after each recording. */
function Deliveries({ m, ids, canRecord }: { m: Meeting; ids: Ids; canRecord: boolean }) {
  const [version, setVersion] = useState(0)
  // Delivery matters only where the assembly rules adopt 从众 (V8); elsewhere the API refuses to record it.
  if (!m.rules?.followMajority.enabled) return null
  return (
    <>
      {canRecord ? <DeliveryForm meeting={m} onDone={() => setVersion((v) => v + 1)} /> : null}
      <DeliveryList ids={ids} version={version} />
    </>
  )
}

const finalStep = (m: Meeting, ids: Ids, reload: () => void, hint: string) => (
  <TextStep
    key="final"
    title="公布最终结果"
    hint={hint}
    field="处理说明（有异议时必填）"
    label="公布最终结果"
    className="publish-final"
    sure={{ title: '公布最终结果？', content: '结果将通知全体业主并写入公示，公布后不能撤回。' }}
    act={(t) => () => publishFinal(ids, t.trim() ? { note: t.trim() } : {})}
    onDone={reload}
  />
)

function Steps({ m, ids, reload }: { m: Meeting; ids: Ids; reload(): void }) {
  const onPlatform = m.countedOn === 'government_platform'
  const due = m.resultDueBy ? dateTimeText(m.resultDueBy) : '截止后 3 天'
  const fixedWindow = m.rules?.objectionWindowDays
  switch (m.status) {
    case 'draft':
      return (
        <>
          <Button
            className="edit-draft"
            size="large"
            block
            onClick={() => openVotePage('console', { edit: m.meetingId })}
          >
            修改草稿
          </Button>
          <NoticeForm meeting={m} onDone={reload} />
        </>
      )
    case 'noticed':
      return (
        <>
          <StepButton
            title="开始投票"
            hint="开始时冻结业主名册并公布其哈希，之后名册变动不影响本次表决。"
            label="开始投票"
            className="open-voting"
            doneText="已开始投票"
            sure={{ title: '开始投票？', content: '业主名册将冻结并公布其哈希，之后不能撤回或修改名册。' }}
            act={() => openVoting(ids)}
            onDone={reload}
          />
          <ExtendForm meeting={m} onDone={reload} />
          <ProxyForm meeting={m} />
          <Deliveries m={m} ids={ids} canRecord />
        </>
      )
    case 'open':
      return (
        <>
          {onPlatform ? null : <PaperBallotForm meeting={m} />}
          {onPlatform ? null : <ProxyForm meeting={m} />}
          {onPlatform ? null : <Deliveries m={m} ids={ids} canRecord />}
          <ExtendForm meeting={m} onDone={reload} />
          <StepButton
            title="截止投票"
            hint="投票期结束 1 分钟后才能截止：封存选票链并计票。"
            label="截止投票并计票"
            className="close-voting"
            doneText="已截止"
            sure={{ title: '截止投票并计票？', content: '选票链将封存并计票，之后不能再投票。' }}
            act={() => closeVoting(ids)}
            onDone={reload}
          />
        </>
      )
    case 'closed':
      if (onPlatform) return null
      // DOMAIN V10: where the assembly rules set no objection window, the final result follows the count directly.
      if (fixedWindow === 0)
        return finalStep(m, ids, reload, `计票已完成，须在 ${due} 前公布。本小区议事规则不设异议期，公布即为最终结果。`)
      return (
        <TextStep
          key="preliminary"
          title="公布初步结果"
          hint={`计票已完成，须在 ${due} 前公布。公布后进入异议期${fixedWindow ? `（议事规则规定至少 ${fixedWindow} 天）` : ''}。`}
          field="异议期（天，1–30）"
          initial={String(fixedWindow ?? 7)}
          label="公布初步结果"
          className="publish-preliminary"
          sure={{ title: '公布初步结果？', content: '结果将通知全体业主，异议期从现在开始计算，不能撤回。' }}
          act={(t) =>
            /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 30
              ? () => publishPreliminary(ids, { objectionDays: Number(t) })
              : '异议期请填 1 到 30 之间的整数'
          }
          onDone={reload}
        />
      )
    case 'preliminary':
      return (
        <>
          <ObjectionList ids={ids} canAnswer />
          {finalStep(
            m,
            ids,
            reload,
            `异议期至 ${m.objectionDeadline ? dateTimeText(m.objectionDeadline) : ''}，期满且每条异议都答复后才能公布；有异议时须写明处理情况。`,
          )}
        </>
      )
    case 'final':
      return onPlatform ? null : <Deliveries m={m} ids={ids} canRecord={false} />
    default:
      return null
  }
}

/**
 * DOMAIN V10: the result is published within 3 days of the close. Once counted and until the first result is
 * out, the head says by when, and in red once that time has passed.
 */
function ResultDue({ m }: { m: Meeting }) {
  if (m.status !== 'closed' || !m.resultDueBy || m.countedOn === 'government_platform') return null
  const late = Date.parse(m.resultDueBy) < Date.now()
  return (
    <StatusTag
      tone={late ? 'bad' : 'wait'}
      text={
        late ? `已超过公布期限（${dateTimeText(m.resultDueBy)}）` : `须在 ${dateTimeText(m.resultDueBy)} 前公布结果`
      }
      className={late ? 'result-due result-due--late' : 'result-due'}
    />
  )
}

/** The committee's steps for one meeting, offered by its state; every refusal is the API's own sentence. */
export function ManageScreen({ compoundId, meetingId }: Ids) {
  const ids = { compoundId, meetingId }
  const data = useRemote(() => loadMeeting(ids), [compoundId, meetingId])
  if (data.loading && !data.data) return <Loading />
  if (data.error) return <ErrorNote message={data.error} onRetry={data.reload} />
  const m = data.data
  if (!m) return null
  const status = STATUS[m.status]
  return (
    <>
      <Card
        title={m.title}
        extra={<StatusTag text={status.text} tone={status.tone} className="manage-status" />}
        className="manage-head"
      >
        <Text className="muted">
          {m.motions.length} 项议题
          {m.votingOpensAt
            ? `；投票 ${dateTimeText(m.votingOpensAt)} 至 ${m.votingClosesAt ? dateTimeText(m.votingClosesAt) : ''}`
            : ''}
        </Text>
        {m.ballotLog ? <Text className="muted">；已封存选票 {m.ballotLog.count} 张</Text> : null}
        <ResultDue m={m} />
        <Button className="view-notice" size="large" block onClick={() => openVotePage('meeting', { id: m.meetingId })}>
          {m.status === 'draft' ? '预览公告' : '查看公告和投票情况'}
        </Button>
        {m.status === 'closed' || m.status === 'preliminary' || m.status === 'final' ? (
          <Button
            className="view-result"
            size="large"
            block
            onClick={() => openVotePage('result', { id: m.meetingId })}
          >
            查看计票结果
          </Button>
        ) : null}
      </Card>
      <Steps m={m} ids={ids} reload={data.reload} />
      {m.status === 'final'
        ? null
        : m.motions
            .filter((x) => x.template === 'lift')
            .map((x) => <AffectedForm key={x.motionId} meeting={m} motion={x} onDone={data.reload} />)}
      {m.status !== 'draft' && m.countedOn !== 'government_platform' ? <ProxyLetters ids={ids} /> : null}
      {m.ballotLog ? <AuditCard ids={ids} title={m.title} /> : null}
    </>
  )
}
