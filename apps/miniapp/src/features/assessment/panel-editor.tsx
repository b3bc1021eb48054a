import { useEffect, useState } from 'react'
import { PANEL_PARTY_LABEL, PanelParty, ROLE_LABEL, type PanelMember, type Role } from '@jiayuan/contracts'
import { Text, View } from '@tarojs/components'
import { ChoiceChips } from '../../components/choice-chips'
import { Button } from '../../components/nut'
import { ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { useSave } from '../../hooks/use-save'
import { loadCandidates, savePanel, type EvaluationRef } from './api'

type Seat = PanelParty | 'none'
const SEATS: Array<{ value: Seat; label: string }> = [
  { value: 'none', label: '不参加' },
  ...PanelParty.options.map((p) => ({ value: p as Seat, label: PANEL_PARTY_LABEL[p] })),
]

/** Names a compound's panel: each person the street may choose, with the party they sit for (or none). */
export function PanelEditor({
  evaluation,
  panel,
  onSaved,
}: {
  evaluation: EvaluationRef
  panel: PanelMember[]
  onSaved(): void
}) {
  const remote = useRemote(() => loadCandidates(evaluation), [evaluation.compoundId, evaluation.quarter])
  const [seats, setSeats] = useState<Record<string, Seat>>({})
  const save = useSave()
  useEffect(() => setSeats(Object.fromEntries(panel.map((m) => [m.userId, m.party]))), [panel])
  if (remote.error) return <ErrorNote message={remote.error} onRetry={remote.reload} />
  if (!remote.data) return <Loading />
  const members = Object.entries(seats).flatMap(([userId, party]) => (party === 'none' ? [] : [{ userId, party }]))
  return (
    <View className="panel-editor">
      {remote.data.candidates.map((c) => (
        <View key={c.userId} className="panel-candidate">
          <Text className="panel-candidate__name">
            {c.name}
            <Text className="muted">
              （{c.streetStaff ? '街道工作人员' : c.roles.map((r) => ROLE_LABEL[r as Role] ?? r).join('、')}）
            </Text>
          </Text>
          <ChoiceChips
            options={SEATS}
            value={seats[c.userId] ?? 'none'}
            onChange={(seat) => setSeats((s) => ({ ...s, [c.userId]: seat }))}
            columns={3}
            chipClassName="panel-seat"
          />
        </View>
      ))}
      {save.error ? <ErrorNote message={save.error} /> : null}
      <Button
        className="panel-save"
        type="primary"
        size="large"
        block
        disabled={members.length === 0}
        loading={save.busy}
        onClick={() =>
          void save.run(() => savePanel(evaluation, members), '评议小组已保存').then((out) => out && onSaved())
        }
      >
        保存评议小组（{members.length} 人）
      </Button>
    </View>
  )
}
