import { useState } from 'react'
import { Priority, TriageBucket, type Ticket } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button } from '../../../components/nut'
import { ErrorNote } from '../../../components/status'
import { PRIORITY, TRIAGE } from '../shared/labels'
import { confirm } from '../../../lib/feedback'
import { AmendForm } from './amend-form'
import { EscalateForm } from './escalate-form'
import { ReasonAction } from './reason-action'
import { useDispatchTargets } from './use-dispatch-targets'
import type { TicketDetailState } from './use-ticket-detail'
import type { TicketContext } from '../shared/use-ticket-context'
import './actions.scss'

const POOL = ['submitted', 'handed_back', 'reopened', 'escalated']
const IN_HAND = ['accepted', 'contacted', 'on_site', 'waiting_on_resident']

interface Props {
  compoundId: string
  ticket: Ticket
  context: TicketContext
  state: TicketDetailState
}

/**
 * Property staff (DOMAIN T3, T4): triage, dispatch to a worker or a grid pool, reassign with a reason, escalate
 * what is outside the property's remit (T12), close.
 */
export function StaffActions({ compoundId, ticket, context, state }: Props) {
  const [triage, setTriage] = useState({ category: ticket.category, priority: ticket.priority, triage: ticket.triage })
  const [gridId, setGridId] = useState<string | undefined>(ticket.gridId)
  const [workerId, setWorkerId] = useState<string | undefined>()
  // DOMAIN T10: closing cannot be undone by staff, so it is confirmed first.
  const closeTicket = async () => {
    if (await confirm('确认办结？', '工单将归档；报修人仍可在期限内重新打开。'))
      await state.act({ type: 'close' }, '已办结')
  }
  const targets = useDispatchTargets(compoundId)
  const { act, busy } = state
  const s = ticket.status
  const workers = targets.data?.workers
  const workerChoices = (workers ?? []).map((w) => ({ value: w.userId, label: w.displayName }))
  const changed =
    triage.category !== ticket.category || triage.priority !== ticket.priority || triage.triage !== ticket.triage
  return (
    <Card title="派单台操作" className="ticket-actions staff-actions">
      {targets.error ? <ErrorNote message={targets.error} onRetry={targets.reload} /> : null}
      {![...POOL, ...IN_HAND].includes(s) ? null : (
        <View className="actions-block triage-block">
          <Field label="类别">
            <ChoiceChips
              chipClassName="triage-category-chip"
              options={context.categories.map((c) => ({ value: c.id, label: c.name }))}
              value={triage.category}
              onChange={(category) => setTriage((t) => ({ ...t, category }))}
            />
          </Field>
          <Field label="紧急程度">
            <ChoiceChips
              chipClassName="priority-chip"
              columns={2}
              options={Priority.options.map((p) => ({ value: p, label: PRIORITY[p] }))}
              value={triage.priority}
              onChange={(priority) => setTriage((t) => ({ ...t, priority }))}
            />
          </Field>
          <Field label="四事分流">
            <ChoiceChips
              chipClassName="bucket-chip"
              columns={2}
              options={TriageBucket.options.map((b) => ({ value: b, label: TRIAGE[b] }))}
              value={triage.triage}
              onChange={(bucket) => setTriage((t) => ({ ...t, triage: bucket }))}
            />
          </Field>
          <Button
            className="ticket-triage"
            size="large"
            block
            disabled={!changed}
            loading={busy === 'triage'}
            onClick={() => void act({ type: 'triage', ...triage }, '已更新分类')}
          >
            保存分类
          </Button>
        </View>
      )}
      {POOL.includes(s) ? (
        <View className="actions-block dispatch-block">
          <Field label="派到网格工单池" hint="该网格的网格员都能认领">
            <ChoiceChips
              chipClassName="dispatch-grid-chip"
              columns={2}
              options={(targets.data?.grids ?? []).map((g) => ({ value: g.gridId, label: g.name }))}
              value={gridId}
              onChange={setGridId}
            />
          </Field>
          <Button
            className="ticket-dispatch-grid"
            type="primary"
            size="large"
            block
            disabled={!gridId}
            loading={busy === 'dispatch'}
            onClick={() => gridId && void act({ type: 'dispatch', to: { kind: 'grid', gridId } }, '已派到网格')}
          >
            派到网格
          </Button>
          {workerChoices.length ? (
            <>
              <Field label="或直接派给网格员">
                <ChoiceChips
                  chipClassName="dispatch-worker-chip"
                  columns={2}
                  options={workerChoices}
                  value={workerId}
                  onChange={setWorkerId}
                />
              </Field>
              <Button
                className="ticket-dispatch-worker"
                size="large"
                block
                disabled={!workerId}
                loading={busy === 'dispatch'}
                onClick={() => workerId && void act({ type: 'dispatch', to: { kind: 'worker', workerId } }, '已派单')}
              >
                派给TA
              </Button>
            </>
          ) : null}
        </View>
      ) : null}
      {IN_HAND.includes(s) && workerChoices.length ? (
        <View className="actions-block">
          <Field label="改派给">
            <ChoiceChips
              chipClassName="reassign-worker-chip"
              columns={2}
              options={workerChoices.filter((w) => w.value !== ticket.assigneeId)}
              value={workerId}
              onChange={setWorkerId}
            />
          </Field>
          {workerId ? (
            <ReasonAction
              name="ticket-reassign"
              label="改派"
              question="为什么改派？"
              busy={busy === 'reassign'}
              onSubmit={(reason) => act({ type: 'reassign', workerId, reason }, '已改派')}
            />
          ) : null}
        </View>
      ) : null}
      {[...POOL, ...IN_HAND].includes(s) && s !== 'escalated' ? (
        <EscalateForm name="staff-escalate" state={state} className="staff-escalate" />
      ) : null}
      {s === 'resolved' ? (
        <Button
          className="ticket-return-call"
          size="large"
          block
          loading={busy === 'record_return_call'}
          onClick={() => void act({ type: 'record_return_call' }, '已记录电话回访')}
        >
          已电话回访，住户确认解决
        </Button>
      ) : null}
      {s === 'confirmed' ? (
        <Button
          className="ticket-close"
          type="primary"
          size="large"
          block
          loading={busy === 'close'}
          onClick={() => void closeTicket()}
        >
          办结
        </Button>
      ) : null}
      {['resolved', 'confirmed', 'closed'].includes(s) ? <AmendForm state={state} /> : null}
    </Card>
  )
}
