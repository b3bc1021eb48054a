import { useState } from 'react'
import { DEPARTMENT_KIND_LABEL, type Ticket, type Whistle } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { dateTimeText } from '@jiayuan/domain'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, TextArea } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { messageOf } from '../../../lib/api-error'
import { confirm, toast } from '../../../lib/feedback'
import { loadDepartments, whistleTicket } from '../api'

const STATE: Record<Whistle['state'], string> = {
  awaiting_sign: '等待部门签收',
  signed: '部门已签收',
  answered: '部门已答复',
  solved: '部门已办结',
  returned: '部门已退回',
}

/** What everyone reading the ticket sees of a whistle (吹哨报到, DOMAIN T12): who was called in and each step. */
export function whistleLines(whistle: Whistle): string[] {
  const open = whistle.state === 'awaiting_sign' || whistle.state === 'signed'
  return [
    `已吹哨：${whistle.departmentName}（${dateTimeText(whistle.whistledAt)}）`,
    `吹哨说明：${whistle.note}`,
    `部门进度：${STATE[whistle.state]}`,
    whistle.state === 'awaiting_sign' ? `部门应在 ${dateTimeText(whistle.signBy)} 前签收` : '',
    open ? `部门应在 ${dateTimeText(whistle.feedbackBy)} 前答复` : '',
    whistle.answer ? `部门答复：${whistle.answer}` : '',
    whistle.solution ? `部门办结：${whistle.solution}` : '',
    whistle.returnReason ? `部门退回原因：${whistle.returnReason}` : '',
    whistle.overdue?.length ? '部门已超时' : '',
  ].filter(Boolean)
}

/**
 * The community's (or street's) whistle on a ticket escalated to it: a department of its street and what to
 * do; the clock comes from the compound's T12 table. Shown while no department holds the ticket.
 */
export function WhistleForm({ compoundId, ticket, reload }: { compoundId: string; ticket: Ticket; reload(): void }) {
  const departments = useRemote(() => loadDepartments(compoundId), [compoundId])
  const [departmentId, setDepartmentId] = useState<string | undefined>()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const options = (departments.data ?? []).map((d) => ({
    value: d.departmentId,
    label: d.name,
    hint: DEPARTMENT_KIND_LABEL[d.kind],
  }))
  const chosen = departments.data?.find((d) => d.departmentId === departmentId)

  async function send(): Promise<void> {
    if (!chosen || !note.trim() || busy) return
    if (!(await confirm(`吹哨${chosen.name}？`, '部门须在 2 小时内签收，并按时限答复；报修人能看到进度。'))) return
    setBusy(true)
    setError(undefined)
    try {
      await whistleTicket(compoundId, ticket.ticketId, { departmentId: chosen.departmentId, note: note.trim() })
      toast('已吹哨')
      setNote('')
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
      reload()
    }
  }

  return (
    <View className="actions-block whistle-form">
      <Text className="escalation-card__line">需要职能部门到场？吹哨报到：</Text>
      {departments.error ? <ErrorNote message={departments.error} onRetry={departments.reload} /> : null}
      {departments.data?.length === 0 ? <Text className="muted">所属街道还没有登记职能部门。</Text> : null}
      {options.length > 0 ? (
        <ChoiceChips
          options={options}
          value={departmentId}
          onChange={setDepartmentId}
          chipClassName="whistle-department"
          columns={2}
        />
      ) : null}
      <Field label="请部门做什么" hint="部门会看到这段话">
        <TextArea
          className="whistle-note"
          value={note}
          maxLength={200}
          placeholder="如：东门外占道摆摊，请城管到场劝离"
          onChange={(v: string) => setNote(v)}
        />
      </Field>
      {error ? <ErrorNote message={error} /> : null}
      <Button
        className="whistle-send"
        type="primary"
        size="large"
        block
        disabled={!chosen || !note.trim()}
        loading={busy}
        onClick={() => void send()}
      >
        吹哨
      </Button>
    </View>
  )
}
