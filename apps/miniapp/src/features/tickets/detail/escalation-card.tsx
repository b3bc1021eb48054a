import { useState } from 'react'
import type { Ticket } from '@jiayuan/contracts'
import { View, Text } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, Input, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { confirm } from '../../../lib/feedback'
import { STATE } from '../escalation/clock-text'
import { ESCALATE_TO } from '../shared/labels'
import { ReasonAction } from './reason-action'
import { useEscalationStep } from './use-escalation-step'
import { WhistleForm, whistleLines } from './whistle-card'
import './actions.scss'

interface Props {
  compoundId: string
  ticket: Ticket
  /** The community admin receiving it: signs, answers, solves, returns. */
  isReceiver: boolean
  /** Property staff: record the 12345 case number. */
  isStaff: boolean
  reload(): void
}

/** Where an escalation stands, for everyone who reads the ticket, and the receiver's steps (DOMAIN T12). */
export function EscalationCard({ compoundId, ticket, isReceiver, isStaff, reload }: Props) {
  const escalation = ticket.escalationCase
  const { step, busy, error } = useEscalationStep(compoundId, ticket.ticketId, reload)
  const [text, setText] = useState('')
  const [caseNumber, setCaseNumber] = useState('')
  if (!escalation) return null
  const withReceiver = ticket.status === 'escalated'
  const state = escalation.state
  const canAnswer = isReceiver && withReceiver && (state === 'signed' || state === 'answered')
  const lines = [
    `上报至：${ESCALATE_TO[escalation.receiver as keyof typeof ESCALATE_TO] ?? '有关部门'}（${dateTimeText(escalation.escalatedAt)}）`,
    `进度：${STATE[state]}`,
    state === 'awaiting_sign' && withReceiver ? `应在 ${dateTimeText(escalation.signBy)} 前签收` : '',
    (state === 'awaiting_sign' || state === 'signed') && withReceiver
      ? `应在 ${dateTimeText(escalation.feedbackBy)} 前答复`
      : '',
    escalation.answer ? `答复：${escalation.answer}` : '',
    escalation.solution ? `办结说明：${escalation.solution}` : '',
    escalation.returnReason ? `退回原因：${escalation.returnReason}` : '',
    escalation.caseNumber ? `12345工单号：${escalation.caseNumber}` : '',
    escalation.overdue?.length
      ? `已超时：${escalation.overdue.map((o) => (o.milestone === 'sign' ? '未按时签收' : '未按时答复')).join('、')}`
      : '',
  ].filter(Boolean)
  const whistle = escalation.whistle
  // 吹哨报到 (T12, G4): while the case is open with the community and no department holds it.
  const canWhistle =
    isReceiver &&
    withReceiver &&
    state !== 'solved' &&
    (!whistle || whistle.state === 'returned' || whistle.state === 'solved')

  async function solve(): Promise<void> {
    if (!text.trim()) return
    const sure = await confirm('办结这件上报件？', '办结后工单转为“待确认”，由报修人确认是否解决。')
    if (sure && (await step({ type: 'solve', text: text.trim() }, '已办结'))) setText('')
  }

  return (
    <Card title="上报处理" className="ticket-actions escalation-card">
      {lines.map((line) => (
        <Text key={line} className="escalation-card__line">
          {line}
        </Text>
      ))}
      {whistle
        ? whistleLines(whistle).map((line) => (
            <Text key={line} className="escalation-card__line whistle-line">
              {line}
            </Text>
          ))
        : null}
      {error ? <ErrorNote message={error} /> : null}
      {canWhistle ? <WhistleForm compoundId={compoundId} ticket={ticket} reload={reload} /> : null}
      {isReceiver && withReceiver && state === 'awaiting_sign' ? (
        <Button
          className="escalation-sign"
          type="primary"
          size="large"
          block
          loading={busy === 'sign'}
          onClick={() => void step({ type: 'sign' }, '已签收')}
        >
          签收
        </Button>
      ) : null}
      {canAnswer ? (
        <View className="actions-block escalation-reply">
          <Field label="答复或办结说明" hint="报修人会看到这段话">
            <TextArea
              className="escalation-text"
              value={text}
              maxLength={500}
              placeholder="写明处理情况"
              onChange={(v: string) => setText(v)}
            />
          </Field>
          <Button
            className="escalation-answer"
            type="primary"
            size="large"
            block
            disabled={!text.trim()}
            loading={busy === 'answer'}
            onClick={() => void step({ type: 'answer', text: text.trim() }, '已答复').then((ok) => ok && setText(''))}
          >
            答复
          </Button>
          <Button
            className="escalation-solve"
            size="large"
            block
            disabled={!text.trim()}
            loading={busy === 'solve'}
            onClick={() => void solve()}
          >
            办结
          </Button>
        </View>
      ) : null}
      {isReceiver && withReceiver && (state === 'awaiting_sign' || state === 'signed') ? (
        <ReasonAction
          name="escalation-return"
          label="退回物业"
          question="为什么退回？"
          busy={busy === 'return'}
          onSubmit={(reason) => step({ type: 'return', reason }, '已退回物业')}
        />
      ) : null}
      {isStaff && withReceiver && escalation.receiver === 'hotline_12345' ? (
        <View className="actions-block">
          <Field label="12345工单号" hint="字母和数字，最多 32 位">
            <Input
              className="escalation-case-number"
              value={caseNumber}
              maxLength={32}
              placeholder={escalation.caseNumber ?? '如 BJ20261201-0042'}
              onChange={(v: string) => setCaseNumber(v)}
            />
          </Field>
          <Button
            className="escalation-case-number-save"
            size="large"
            block
            disabled={!caseNumber.trim()}
            loading={busy === 'record_case_number'}
            onClick={() => void step({ type: 'record_case_number', caseNumber: caseNumber.trim() }, '已登记')}
          >
            登记工单号
          </Button>
        </View>
      ) : null}
    </Card>
  )
}
