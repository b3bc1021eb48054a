import { useState } from 'react'
import type { EscalationTarget } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { ESCALATE_TO } from '../shared/labels'
import { ReasonAction } from './reason-action'
import type { TicketDetailState } from './use-ticket-detail'

/**
 * Escalating a matter outside the property's remit (DOMAIN T4, T12): the receiver, then the reason. One form for
 * the worker holding the ticket and for staff; `name` keeps their buttons apart.
 */
export function EscalateForm({
  name,
  state,
  className,
}: {
  name: string
  state: TicketDetailState
  className?: string
}) {
  const [target, setTarget] = useState<EscalationTarget>('community')
  return (
    <View className={`actions-block${className ? ` ${className}` : ''}`}>
      <Field label="不属于物业的事，上报给" hint="接收单位签收、答复，报修人能看到每一步">
        <ChoiceChips<EscalationTarget>
          chipClassName={`${name}-chip`}
          options={(Object.keys(ESCALATE_TO) as EscalationTarget[]).map((t) => ({ value: t, label: ESCALATE_TO[t] }))}
          value={target}
          onChange={setTarget}
        />
      </Field>
      <ReasonAction
        name={name}
        label={`上报${ESCALATE_TO[target]}`}
        question="为什么上报？"
        busy={state.busy === 'escalate'}
        onSubmit={(reason) => state.act({ type: 'escalate', to: target, reason }, '已上报，工单继续跟踪')}
      />
    </View>
  )
}
