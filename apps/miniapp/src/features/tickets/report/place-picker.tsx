import { useState } from 'react'
import type { Unit } from '@jiayuan/contracts'
import { View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Input } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadUnits } from '../api'
import { WHOLE_BUILDING, type ReportDraft } from './report-draft'
import type { TicketContext } from '../shared/use-ticket-context'

const PUBLIC_PLACES = ['东门', '南门', '地下车库', '中心花园', '健身区', '垃圾房']

interface Props {
  compoundId: string
  context: TicketContext
  draft: ReportDraft
  error?: string
  onChange(patch: Partial<ReportDraft>): void
}

/** Entrance (单元) of a `楼-单元-室` label; undefined when the label has another form. */
const entranceOf = (u: Unit) => (u.label.split('-').length === 3 ? u.label.split('-')[1] : undefined)

/** Building, then entrance and unit (or the building's shared parts); or a named public area. */
export function PlacePicker({ compoundId, context, draft, error, onChange }: Props) {
  const [entrance, setEntrance] = useState<string | undefined>()
  const units = useRemote(
    () => (draft.buildingId ? loadUnits(compoundId, draft.buildingId) : undefined),
    [compoundId, draft.buildingId],
  )
  const entrances = [...new Set((units.data ?? []).map(entranceOf))]
  const grouped = entrances.length > 1 && !entrances.includes(undefined)
  const shown = (units.data ?? []).filter((u) => !grouped || entranceOf(u) === entrance)
  const unitOptions = [
    { value: WHOLE_BUILDING, label: '楼道等公共部位' },
    ...(grouped && !entrance ? [] : shown.map((u) => ({ value: u.unitId, label: u.label }))),
  ]
  return (
    <Field label="位置" error={error} className="field-place">
      <ChoiceChips
        chipClassName="place-kind-chip"
        columns={2}
        options={[
          { value: 'building', label: '楼栋里' },
          { value: 'public', label: '小区公共区域' },
        ]}
        value={draft.placeKind}
        onChange={(placeKind) => onChange({ placeKind })}
      />
      {draft.placeKind === 'building' ? (
        <>
          <Field label="楼栋" className="field-building">
            <ChoiceChips
              chipClassName="building-chip"
              options={context.buildings.map((b) => ({ value: b.buildingId, label: b.name }))}
              value={draft.buildingId}
              onChange={(buildingId) => {
                setEntrance(undefined)
                onChange({ buildingId, unitId: undefined })
              }}
            />
          </Field>
          {draft.buildingId ? (
            <Field label="房号或部位" hint={grouped ? '先选单元，再选房号' : undefined} className="field-unit">
              {units.loading ? <Loading /> : null}
              {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
              {grouped ? (
                <ChoiceChips
                  chipClassName="entrance-chip"
                  options={entrances.flatMap((e) => (e ? [{ value: e, label: `${e}单元` }] : []))}
                  value={entrance}
                  onChange={setEntrance}
                />
              ) : null}
              <View className="place-gap" />
              <ChoiceChips
                chipClassName="unit-chip"
                options={unitOptions}
                value={draft.unitId}
                onChange={(unitId) => onChange({ unitId })}
              />
            </Field>
          ) : null}
        </>
      ) : (
        <Field label="地点名称" hint="点一个常用地点，或自己写" className="field-place-name">
          <ChoiceChips
            chipClassName="public-place-chip"
            options={PUBLIC_PLACES.map((p) => ({ value: p, label: p }))}
            value={PUBLIC_PLACES.includes(draft.placeName) ? draft.placeName : undefined}
            onChange={(placeName) => onChange({ placeName })}
          />
          <Input
            className="place-name"
            value={draft.placeName}
            maxLength={40}
            placeholder="如：3号楼北侧路灯"
            onChange={(placeName: string) => onChange({ placeName })}
          />
        </Field>
      )}
    </Field>
  )
}
