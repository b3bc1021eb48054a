import { useState } from 'react'
import { TICKET_PHOTOS_MAX, type WhistleAction, type WhistleItem } from '@jiayuan/contracts'
import { dateTimeText } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { Button, TextArea } from '../../components/nut'
import { PhotoPicker } from '../../components/photo-picker'
import { StatusTag } from '../../components/status-tag'
import { ErrorNote } from '../../components/status'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { messageOf } from '../../lib/api-error'
import { confirm, toast } from '../../lib/feedback'
import { actOnWhistle, solutionUpload } from './api'
import { whistleClockText } from './whistle-clock'

interface Props {
  item: WhistleItem
  departmentId: string
  onChanged(): void
}

/** One whistled request: what and where (never who reported it), the clock, and the department's steps. */
export function WhistleItemCard({ item, departmentId, onChanged }: Props) {
  const ref = { departmentId, compoundId: item.compoundId, ticketId: item.ticketId }
  const { whistle, clock } = item
  const [text, setText] = useState('')
  const [reason, setReason] = useState('')
  const [returning, setReturning] = useState(false)
  const [busy, setBusy] = useState<WhistleAction['type'] | undefined>()
  const [error, setError] = useState<string | undefined>()
  const photos = usePhotoUploads(solutionUpload(ref), TICKET_PHOTOS_MAX)
  const words = whistleClockText(whistle, clock)
  const replying = whistle.state === 'signed' || whistle.state === 'answered'
  const mayReturn = whistle.state === 'awaiting_sign' || whistle.state === 'signed'

  async function step(action: WhistleAction, done: string): Promise<void> {
    if (busy) return
    setBusy(action.type)
    setError(undefined)
    try {
      await actOnWhistle(ref, action)
      toast(done)
      setText('')
      setReason('')
      setReturning(false)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(undefined)
      onChanged()
    }
  }

  async function solve(): Promise<void> {
    const sure = await confirm('办结这件事？', '办结后报修人会收到结果并确认是否解决。')
    if (sure) await step({ type: 'solve', text: text.trim(), photoKeys: photos.keys }, '已办结')
  }

  const lines = [
    `${item.number ? `${item.number} · ` : ''}${item.place ?? ''}`,
    `问题：${item.description}`,
    `吹哨说明：${whistle.note}（${dateTimeText(whistle.whistledAt)}，${whistle.from === 'street' ? '街道' : '社区'}）`,
    whistle.state === 'awaiting_sign' ? `应在 ${dateTimeText(whistle.signBy)} 前签收` : '',
    replying ? `应在 ${dateTimeText(whistle.feedbackBy)} 前答复` : '',
    whistle.answer ? `答复：${whistle.answer}` : '',
    whistle.solution ? `办结：${whistle.solution}` : '',
    whistle.returnReason ? `退回原因：${whistle.returnReason}` : '',
  ].filter(Boolean)

  return (
    <Card
      title={`${item.compoundName} · ${item.category}`}
      extra={<StatusTag text={words.text} tone={words.tone} className="whistle-clock" />}
      className="whistle-item"
    >
      {lines.map((line) => (
        <Text key={line} className="whistle-item__line">
          {line}
        </Text>
      ))}
      {error ? <ErrorNote message={error} /> : null}
      {whistle.state === 'awaiting_sign' ? (
        <Button
          className="whistle-sign"
          type="primary"
          size="large"
          block
          loading={busy === 'sign'}
          onClick={() => void step({ type: 'sign' }, '已签收')}
        >
          签收
        </Button>
      ) : null}
      {replying ? (
        <View className="actions-block">
          <Field label="答复或办结说明" hint="社区和报修人会看到这段话">
            <TextArea
              className="whistle-text"
              value={text}
              maxLength={500}
              placeholder="写明处理情况"
              onChange={(v: string) => setText(v)}
            />
          </Field>
          <PhotoPicker uploads={photos} name="whistle-photo" label="办结照片" hint="办结时一并提交，报修人能看到" />
          <Button
            className="whistle-answer"
            type="primary"
            size="large"
            block
            disabled={!text.trim()}
            loading={busy === 'answer'}
            onClick={() => void step({ type: 'answer', text: text.trim() }, '已答复')}
          >
            答复
          </Button>
          <Button
            className="whistle-solve"
            size="large"
            block
            disabled={!text.trim() || photos.uploading}
            loading={busy === 'solve'}
            onClick={() => void solve()}
          >
            办结
          </Button>
        </View>
      ) : null}
      {mayReturn && !returning ? (
        <Button className="whistle-return-open" size="large" block onClick={() => setReturning(true)}>
          退回
        </Button>
      ) : null}
      {mayReturn && returning ? (
        <View className="actions-block">
          <Field label="为什么退回？" hint="社区会看到原因，可改派其他部门">
            <TextArea
              className="whistle-return-reason"
              value={reason}
              maxLength={200}
              onChange={(v: string) => setReason(v)}
            />
          </Field>
          <Button
            className="whistle-return-send"
            size="large"
            block
            disabled={!reason.trim()}
            loading={busy === 'return'}
            onClick={() => void step({ type: 'return', reason: reason.trim() }, '已退回')}
          >
            确认退回
          </Button>
        </View>
      ) : null}
    </Card>
  )
}
