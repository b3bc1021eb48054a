import { useState } from 'react'
import type { Ticket } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { RatingInput } from './rating-input'
import { ReasonAction } from './reason-action'
import { canReopen, reopenUntil } from './reopen-window'
import type { TicketDetailState } from './use-ticket-detail'
import './actions.scss'

interface Props {
  ticket: Ticket
  reopenWindowDays: number
  state: TicketDetailState
}

/** The requester's part (DOMAIN T5): say "I am home", confirm the fix, rate it, or reopen it with a reason. */
export function RequesterActions({ ticket, reopenWindowDays, state }: Props) {
  const [score, setScore] = useState<number | undefined>()
  const [comment, setComment] = useState('')
  const { act, busy } = state
  const rateable = (ticket.status === 'confirmed' || ticket.status === 'closed') && !ticket.rating
  const reopenable = canReopen(ticket, reopenWindowDays, new Date())
  const until = reopenUntil(ticket, reopenWindowDays)
  if (ticket.status !== 'waiting_on_resident' && ticket.status !== 'resolved' && !rateable && !reopenable) return null
  return (
    <Card title="需要您做的" className="ticket-actions requester-actions">
      {ticket.status === 'waiting_on_resident' ? (
        <Button
          className="ticket-resume"
          type="primary"
          size="large"
          block
          loading={busy === 'resume'}
          onClick={() => void act({ type: 'resume' }, '已通知网格员继续处理')}
        >
          我方便了，请继续处理
        </Button>
      ) : null}
      {ticket.status === 'resolved' ? (
        <View className="actions-block">
          <Text className="muted">网格员说已经处理好了。请看看处理后的照片，确认问题已解决。</Text>
          <Button
            className="ticket-confirm"
            type="primary"
            size="large"
            block
            loading={busy === 'confirm'}
            onClick={() => void act({ type: 'confirm' }, '已确认解决')}
          >
            确认已解决
          </Button>
        </View>
      ) : null}
      {rateable ? (
        <View className="actions-block ticket-rate">
          <Field label="给这次处理打分" hint="1 星最差，5 星最好">
            <RatingInput value={score} onChange={setScore} />
          </Field>
          <Field label="想说的话（可不填）">
            <TextArea
              className="rating-comment"
              value={comment}
              maxLength={200}
              placeholder="如：处理很快，谢谢"
              onChange={(v: string) => setComment(v)}
            />
          </Field>
          <Button
            className="ticket-rate-send"
            type="primary"
            size="large"
            block
            disabled={!score}
            loading={busy === 'rate'}
            onClick={() =>
              score &&
              void act(
                { type: 'rate', rating: { score, ...(comment.trim() ? { comment: comment.trim() } : {}) } },
                '谢谢您的评价',
              )
            }
          >
            提交评价
          </Button>
        </View>
      ) : null}
      {reopenable ? (
        <View className="actions-block">
          <Text className="muted">
            问题没解决或又出现了？{until ? `${dateText(until.toISOString())} 前` : ''}可以重新打开。
          </Text>
          <ReasonAction
            name="ticket-reopen"
            label="重新打开"
            question="哪里还没解决？"
            busy={busy === 'reopen'}
            onSubmit={(reason) => act({ type: 'reopen', reason }, '已重新打开，网格员会再来处理')}
          />
        </View>
      ) : null}
    </Card>
  )
}
