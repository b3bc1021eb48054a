import { ASK_KIND_LABEL, ASK_STATUS_LABEL, type Ask } from '@jiayuan/contracts'
import { dateTimeText, hoursText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Button, Input } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useSave } from '../../../hooks/use-save'
import { confirm } from '../../../lib/feedback'
import { cancelAsk, claimAsk, confirmAsk, markAskDone, recordHours } from '../api'

const STARS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: `${value} 分` }))
const DURATIONS = ['30', '60', '90', '120', '180'].map((value) => ({ value, label: hoursText(Number(value)) }))

interface Props {
  ask: Ask
  compoundId: string
  /** The caller signed up as a volunteer (claiming needs it). */
  volunteer: boolean
  /** The caller may record hours (the endpoint's policy). */
  organiser: boolean
  focused?: boolean
  onChanged(): void
}

/** One ask and the one next step the caller can take on it (H2). */
export function AskCard({ ask, compoundId, volunteer, organiser, focused, onChanged }: Props) {
  const params = { compoundId, askId: ask.askId }
  const save = useSave()
  const [rating, setRating] = useState<string>()
  const [note, setNote] = useState('')
  const [minutes, setMinutes] = useState<string>()
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const act = async (work: () => Promise<unknown>, done: string) => {
    if (await save.run(work, done)) onChanged()
  }
  const claim = async () => {
    if (await confirm('认领这条求助', `${ASK_KIND_LABEL[ask.kind]}：${ask.description}（${ask.when}）`))
      await act(() => claimAsk(params), '已认领，请按约定时间帮忙')
  }
  const canClaim = ask.status === 'open' && !ask.mine.requester && volunteer
  const canDone = ask.status === 'claimed' && ask.mine.claimer
  const canConfirm = ask.status === 'done' && ask.mine.requester
  const canCancel = ask.mine.requester && (ask.status === 'open' || ask.status === 'claimed')
  const cancel = async () => {
    if (reason.trim().length < 2) return save.setError('取消原因：请写明为什么不需要了（至少 2 个字）')
    const who = ask.claimerName ? `会告诉认领的志愿者${ask.claimerName}。` : ''
    if (await confirm('取消这条求助', `${who}原因：${reason}`)) await act(() => cancelAsk(params, { reason }), '已取消')
  }
  const canRecord = organiser && (ask.status === 'done' || ask.status === 'confirmed') && ask.minutes === undefined
  return (
    <Card
      title={`${ASK_KIND_LABEL[ask.kind]} · ${ask.requesterName}`}
      className={`nb-ask nb-ask--${ask.status}${focused ? ' nb-ask--focus' : ''}`}
      extra={<Text className={`nb-status nb-status--${ask.status}`}>{ASK_STATUS_LABEL[ask.status]}</Text>}
    >
      <Text className="nb__text nb-ask__description">{ask.description}</Text>
      <Text className="nb__meta">
        时间：{ask.when} · 发布于 {dateTimeText(ask.createdAt)}
      </Text>
      {ask.claimerName ? <Text className="nb__meta">志愿者：{ask.claimerName}</Text> : null}
      {ask.doneNote ? <Text className="nb__meta">完成说明：{ask.doneNote}</Text> : null}
      {ask.rating ? (
        <Text className="nb__meta">
          评价：{ask.rating} 分{ask.ratingNote ? `，${ask.ratingNote}` : ''}
        </Text>
      ) : null}
      {ask.cancelReason ? (
        <Text className="nb__meta nb-ask__cancelled">
          取消原因：{ask.cancelReason}
          {ask.cancelledAt ? `（${dateTimeText(ask.cancelledAt)}）` : ''}
        </Text>
      ) : null}
      {ask.minutes ? (
        <Text className="nb__meta nb-ask__hours">服务时长：{hoursText(ask.minutes)}（已记录）</Text>
      ) : null}
      {save.error ? <ErrorNote message={save.error} /> : null}
      {canClaim ? (
        <Button className="nb-claim" type="primary" block loading={save.busy} onClick={() => void claim()}>
          我来帮忙
        </Button>
      ) : null}
      {canDone ? (
        <View className="nb-form">
          <Input className="nb-done-note" value={note} onChange={setNote} placeholder="完成说明（选填）" />
          <Button
            className="nb-done"
            type="primary"
            block
            loading={save.busy}
            onClick={() => void act(() => markAskDone(params, note ? { note } : {}), '已标记完成，等邻居确认')}
          >
            已完成
          </Button>
        </View>
      ) : null}
      {canConfirm ? (
        <View className="nb-form">
          <Text className="nb__meta">给志愿者打个分：</Text>
          <ChoiceChips options={STARS} value={rating} onChange={setRating} columns={3} chipClassName="nb-star" />
          <Input className="nb-rating-note" value={note} onChange={setNote} placeholder="说句谢谢（选填）" />
          <Button
            className="nb-confirm"
            type="primary"
            block
            loading={save.busy}
            onClick={() =>
              rating
                ? void act(
                    () => confirmAsk(params, { rating: Number(rating), ...(note ? { note } : {}) }),
                    '已确认，谢谢您的评价',
                  )
                : save.setError('评分：请先选择分数')
            }
          >
            确认完成
          </Button>
        </View>
      ) : null}
      {canCancel && !cancelling ? (
        <Button className="nb-cancel-open" size="large" block onClick={() => setCancelling(true)}>
          不需要了，取消求助
        </Button>
      ) : null}
      {canCancel && cancelling ? (
        <View className="nb-form">
          <Input
            className="nb-cancel-reason"
            value={reason}
            onChange={setReason}
            placeholder="取消原因，如：家里人回来了"
          />
          <Button className="nb-cancel" type="primary" block loading={save.busy} onClick={() => void cancel()}>
            确认取消
          </Button>
          <Button className="nb-cancel-back" size="large" block onClick={() => setCancelling(false)}>
            先不取消
          </Button>
        </View>
      ) : null}
      {canRecord ? (
        <View className="nb-form">
          <Text className="nb__meta">记录服务时长（每条求助只记一次）：</Text>
          <ChoiceChips
            options={DURATIONS}
            value={minutes}
            onChange={setMinutes}
            columns={3}
            chipClassName="nb-duration"
          />
          <Button
            className="nb-record-hours"
            type="primary"
            block
            loading={save.busy}
            onClick={() =>
              minutes
                ? void act(() => recordHours(params, Number(minutes)), '时长已记录')
                : save.setError('服务时长：请先选择时长')
            }
          >
            记录时长
          </Button>
        </View>
      ) : null}
    </Card>
  )
}
