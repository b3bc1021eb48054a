import { useState } from 'react'
import type { Objection } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips, type Choice } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { StatusTag } from '../../../components/status-tag'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { answerObjection, loadObjections } from '../api'
import './objection-list.scss'

type Ids = { compoundId: string; meetingId: string }
type Verdict = 'upheld' | 'dismissed'

const VERDICTS: ReadonlyArray<Choice<Verdict>> = [
  { value: 'dismissed', label: '异议不成立', hint: '结果不变' },
  { value: 'upheld', label: '异议成立', hint: '更正并说明' },
]

/** One committee answer: upheld or not, and why in words the owner reads; confirmed, because it cannot change. */
function AnswerForm({ ids, objection, onDone }: { ids: Ids; objection: Objection; onDone(): void }) {
  const [verdict, setVerdict] = useState<Verdict | undefined>()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()

  async function submit(): Promise<void> {
    if (!verdict) return setError('请选择异议是否成立')
    if (!text.trim()) return setError('请写明答复内容')
    if (!(await confirm('发送答复？', '答复将通知提出异议的业主，发送后不能修改。'))) return
    setBusy(true)
    setError(undefined)
    try {
      await answerObjection(
        { ...ids, objectionId: objection.objectionId },
        { upheld: verdict === 'upheld', text: text.trim() },
      )
      toast('已答复')
      onDone()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="objection-answer-form">
      <ChoiceChips<Verdict>
        options={VERDICTS}
        value={verdict}
        onChange={(v) => setVerdict(v)}
        chipClassName="verdict-chip"
        columns={2}
      />
      <Field label="答复内容" error={error}>
        <TextArea
          className="objection-answer-text"
          value={text}
          maxLength={1000}
          placeholder="例如：经核对，您的纸质选票已于截止前录入（第 9 号选票）"
          onChange={(v: string) => setText(v)}
        />
      </Field>
      <Button className="objection-answer-submit" size="large" block loading={busy} onClick={() => void submit()}>
        发送答复
      </Button>
    </View>
  )
}

function AnswerText({ answer }: { answer: NonNullable<Objection['answer']> }) {
  return (
    <View className="objection-answer">
      <StatusTag
        tone={answer.upheld ? 'wait' : 'ok'}
        text={answer.upheld ? '异议成立' : '异议不成立'}
        className="objection-verdict"
      />
      <Text className="objection-answer__text">{answer.text}</Text>
      <Text className="muted">
        {answer.answeredByName}（业委会）{dateTimeText(answer.answeredAt)} 答复
      </Text>
    </View>
  )
}

/**
 * Objections to a preliminary result (V10): the committee sees every one with its answer or the form to answer
 * it; an owner sees their own and what the committee answered.
 */
export function ObjectionList({ ids, canAnswer }: { ids: Ids; canAnswer: boolean }) {
  const list = useRemote(() => loadObjections(ids), [ids.compoundId, ids.meetingId])
  if (list.loading && !list.data) return <Loading />
  if (list.error) return <ErrorNote message={list.error} onRetry={list.reload} />
  const objections = list.data ?? []
  if (!canAnswer && objections.length === 0) return null
  const waiting = objections.filter((o) => !o.answer).length
  return (
    <Card
      title={canAnswer ? '业主异议' : '我的异议'}
      extra={
        canAnswer && waiting > 0 ? (
          <StatusTag tone="bad" text={`${waiting} 条待答复`} className="objections-waiting" />
        ) : undefined
      }
      className="objection-list"
    >
      {objections.length === 0 ? <Empty text="还没有业主提出异议。" /> : null}
      {canAnswer && waiting > 0 ? (
        <Text className="muted">每条异议答复后才能公布最终结果；答复会通知提出异议的业主。</Text>
      ) : null}
      {objections.map((o, i) => (
        <View key={o.objectionId} className="objection-item">
          <Text className="objection-item__head">
            异议 {i + 1} · {dateTimeText(o.filedAt)} 提出
          </Text>
          <Text className="objection-item__text">{o.text}</Text>
          {o.answer ? (
            <AnswerText answer={o.answer} />
          ) : canAnswer ? (
            <AnswerForm ids={ids} objection={o} onDone={list.reload} />
          ) : (
            <Text className="muted">业委会尚未答复，答复后会在“消息”里通知您。</Text>
          )}
        </View>
      ))}
    </Card>
  )
}
