import { useState } from 'react'
import type { Meeting } from '@jiayuan/contracts'
import { dateTimeText, parseShanghaiDateTime, shanghaiDateTime } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Field } from '../../../components/field'
import { DateTimeField } from '../../../components/date-field'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { confirm } from '../../../lib/feedback'
import { publishNotice } from '../api'
import { ceilHour, plusDays } from './dates'
import { useAction } from '../shared/use-action'
import './manage.scss'

const WINDOW_DAYS = 7

/**
 * 发布公告: the texts freeze and the window is checked against the city profile (DOMAIN V9). When voting would
 * open too soon, the API says the earliest time; one tap takes it.
 */
export function NoticeForm({ meeting, onDone }: { meeting: Meeting; onDone(): void }) {
  const suggested = ceilHour(plusDays(new Date().toISOString(), meeting.kind === 'temporary' ? 7 : 15))
  const [opens, setOpens] = useState(shanghaiDateTime(suggested))
  const [closes, setCloses] = useState(shanghaiDateTime(plusDays(suggested, WINDOW_DAYS)))
  const action = useAction()
  const earliest = typeof action.details.earliestOpensAt === 'string' ? action.details.earliestOpensAt : undefined

  function takeEarliest(iso: string): void {
    const start = ceilHour(iso)
    setOpens(shanghaiDateTime(start))
    setCloses(shanghaiDateTime(plusDays(start, WINDOW_DAYS)))
  }

  async function publish(): Promise<void> {
    const votingOpensAt = parseShanghaiDateTime(opens)
    const votingClosesAt = parseShanghaiDateTime(closes)
    if (!votingOpensAt || !votingClosesAt) return action.fail('请选好投票开始和截止的日期与时间')
    const sure = await confirm(
      '发布公告？',
      `议题文本和附件将冻结，不能再修改；全体业主将收到公告，投票时间 ${opens} 至 ${closes}。`,
    )
    if (!sure) return
    if (
      await action.run(
        () =>
          publishNotice(
            { compoundId: meeting.compoundId, meetingId: meeting.meetingId },
            { votingOpensAt, votingClosesAt },
          ),
        '公告已发布',
      )
    )
      onDone()
  }

  return (
    <Card title="发布公告" className="notice-form">
      <Text className="muted">公告发布后议题文本冻结，不能再修改。时间为北京时间。</Text>
      <Field label="投票开始">
        <DateTimeField className="opens-at" label="投票开始" value={opens} onChange={setOpens} />
      </Field>
      <Field label="投票截止">
        <DateTimeField className="closes-at" label="投票截止" value={closes} onChange={setCloses} />
      </Field>
      {action.message ? (
        <ErrorNote message={earliest ? action.message.replace(/，投票最早于.*$/, '') : action.message} />
      ) : null}
      {earliest ? (
        <>
          <Text className="earliest-opens">最早可于 {dateTimeText(earliest)} 开始投票</Text>
          <Button className="use-earliest" size="large" block onClick={() => takeEarliest(earliest)}>
            改为最早可开始的时间
          </Button>
        </>
      ) : null}
      <Button
        className="publish-notice"
        type="primary"
        size="large"
        block
        loading={action.busy}
        onClick={() => void publish()}
      >
        发布公告
      </Button>
    </Card>
  )
}
