import { useState } from 'react'
import type { AffectedEffect, AffectedOwner, Meeting, Motion } from '@jiayuan/contracts'
import { parseYuan, unitPlace } from '@jiayuan/domain'
import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Button, Input } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { ToggleChips } from '../../../components/toggle-chips'
import { useRemote } from '../../../hooks/use-remote'
import { loadBuildingUnits, setAffectedOwners } from '../api'
import { useAction } from '../shared/use-action'
import { EFFECT_LABEL } from '../shared/labels'
import { AffectedList } from './affected-list'

type Outcome = 'pending' | 'compensation' | 'objection'

interface Props {
  meeting: Meeting
  motion: Motion
  onDone(): void
}

const EFFECTS = (Object.keys(EFFECT_LABEL) as AffectedEffect[]).map((value) => ({ value, label: EFFECT_LABEL[value] }))

/** The list as the API takes it back: the committee sees every unit id (views.ts), so none is lost on a save. */
const current = (motion: Motion): AffectedOwner[] =>
  motion.affected.flatMap(({ unitId, effects, outcome }) =>
    unitId ? [{ unitId, effects, ...(outcome ? { outcome } : {}) }] : [],
  )

/**
 * 加装电梯 (DOMAIN V14): the committee lists an owner whose light, air or access the lift affects, picked from
 * the units of the meeting's scope, and records their objection or the compensation agreed; they are told in
 * their inbox. Each entry is saved at once; a unit already listed is replaced.
 */
export function AffectedForm({ meeting: m, motion, onDone }: Props) {
  const scope = m.scope
  const buildingId = scope.kind === 'compound' ? undefined : scope.buildingId
  const units = useRemote(
    () => (buildingId ? loadBuildingUnits(m.compoundId, buildingId) : undefined),
    [m.compoundId, buildingId],
  )
  const inScope = (units.data ?? []).filter(
    (u) => scope.kind !== 'entrance' || unitPlace(u.label).entrance === scope.entrance,
  )
  const [unitId, setUnitId] = useState<string>()
  const [effects, setEffects] = useState<AffectedEffect[]>([])
  const [outcome, setOutcome] = useState<Outcome>('pending')
  const [amount, setAmount] = useState('')
  const [note, setNote] = useState('')
  const action = useAction()
  const ids = { compoundId: m.compoundId, meetingId: m.meetingId, motionId: motion.motionId }

  async function save(list: AffectedOwner[], doneText: string) {
    const ok = await action.run(() => setAffectedOwners(ids, { affected: list, revision: m.revision }), doneText)
    if (ok) onDone()
  }

  function add() {
    if (!unitId) return action.fail('请选择受影响的房屋')
    if (effects.length === 0) return action.fail('请选择受影响的方面（采光、通风或通行）')
    const fen = parseYuan(amount)
    if (outcome === 'compensation' && (fen === undefined || fen <= 0)) return action.fail('请填写补偿金额（元）')
    if (outcome !== 'pending' && !note.trim()) return action.fail('请填写说明')
    const row: AffectedOwner = {
      unitId,
      effects,
      ...(outcome === 'compensation'
        ? { outcome: { kind: 'compensation', amountFen: fen ?? 0, note: note.trim() } }
        : {}),
      ...(outcome === 'objection' ? { outcome: { kind: 'objection', note: note.trim() } } : {}),
    }
    void save([...current(motion).filter((a) => a.unitId !== unitId), row], '已登记，并已通知该户业主')
  }

  return (
    <Card title={`受影响住户：${motion.title}`} className="affected-form">
      <AffectedList motion={motion} />
      {motion.affected.map((a) =>
        a.unitId ? (
          <Button
            key={a.unitId}
            size="small"
            className="remove-affected"
            onClick={() =>
              void save(
                current(motion).filter((x) => x.unitId !== a.unitId),
                '已移除',
              )
            }
          >
            移除 {a.unitLabel}
          </Button>
        ) : null,
      )}
      <Field label={`房屋（只能选${m.scopeText}的房屋）`}>
        {units.loading && !units.data ? <Loading /> : null}
        {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
        <ChoiceChips
          chipClassName="affected-unit-chip"
          columns={3}
          options={inScope.map((u) => ({ value: u.unitId, label: u.label }))}
          value={unitId}
          onChange={setUnitId}
        />
      </Field>
      <Field label="受影响的方面">
        <ToggleChips
          label="受影响的方面"
          chipClassName="affected-effect-chip"
          options={EFFECTS}
          values={effects}
          onChange={setEffects}
        />
      </Field>
      <Field label="业主意见">
        <ChoiceChips<Outcome>
          chipClassName="affected-outcome-chip"
          options={[
            { value: 'compensation', label: '已商定补偿' },
            { value: 'objection', label: '业主反对' },
            { value: 'pending', label: '协商中' },
          ]}
          value={outcome}
          onChange={setOutcome}
        />
      </Field>
      {outcome === 'compensation' ? (
        <Field label="补偿金额（元）">
          <Input className="affected-amount" type="digit" value={amount} onChange={(v: string) => setAmount(v)} />
        </Field>
      ) : null}
      {outcome !== 'pending' ? (
        <Field label={outcome === 'compensation' ? '补偿内容' : '反对理由'}>
          <Input className="affected-note" value={note} maxLength={500} onChange={(v: string) => setNote(v)} />
        </Field>
      ) : null}
      {action.message ? <ErrorNote message={action.message} /> : null}
      {action.done ? (
        <View>
          <Text className="affected-done">{action.done}</Text>
        </View>
      ) : null}
      <Button className="save-affected" type="primary" size="large" block loading={action.busy} onClick={add}>
        登记并通知业主
      </Button>
    </Card>
  )
}
