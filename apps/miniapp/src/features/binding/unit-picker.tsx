import { useState } from 'react'
import { ChoiceChips } from '../../components/choice-chips'
import { Field } from '../../components/field'
import { Empty, ErrorNote, Loading } from '../../components/status'
import { useRemote } from '../../hooks/use-remote'
import { loadBuildings, loadUnits } from './api'
import { entrancesOf } from './entrances'

interface Props {
  compoundId: string
  buildingId?: string
  unitId?: string
  error?: string
  onBuilding(buildingId: string): void
  onUnit(unitId: string): void
}

/**
 * Building, then entrance, then unit: every choice on screen and big enough to tap (DOMAIN A1), and no list
 * longer than one entrance's units.
 */
export function UnitPicker({ compoundId, buildingId, unitId, error, onBuilding, onUnit }: Props) {
  const buildings = useRemote(() => loadBuildings(compoundId), [compoundId])
  const units = useRemote(() => (buildingId ? loadUnits(compoundId, buildingId) : undefined), [compoundId, buildingId])
  const [entrance, setEntrance] = useState<string | undefined>()
  const groups = units.data ? entrancesOf(units.data) : undefined
  const shown = groups ? (entrance ? (groups.get(entrance) ?? []) : []) : (units.data ?? [])
  return (
    <>
      <Field label="楼栋" className="field-building">
        {buildings.loading ? <Loading /> : null}
        {buildings.error ? <ErrorNote message={buildings.error} onRetry={buildings.reload} /> : null}
        <ChoiceChips
          chipClassName="building-chip"
          options={(buildings.data ?? []).map((b) => ({ value: b.buildingId, label: b.name }))}
          value={buildingId}
          onChange={(id) => {
            setEntrance(undefined)
            onBuilding(id)
          }}
        />
      </Field>
      {groups ? (
        <Field label="单元" className="field-entrance">
          <ChoiceChips
            chipClassName="entrance-chip"
            options={[...groups.keys()].map((e) => ({ value: e, label: `${e}单元` }))}
            value={entrance}
            onChange={setEntrance}
          />
        </Field>
      ) : null}
      <Field
        label="房号"
        error={error}
        hint={buildingId ? '房号写作 楼-单元-室，如 2-2-602' : '请先选楼栋'}
        className="field-unit"
      >
        {units.loading && buildingId ? <Loading /> : null}
        {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
        {groups && !entrance ? <Empty text="请先选单元" /> : null}
        <ChoiceChips
          chipClassName="unit-chip"
          columns={3}
          options={shown.map((u) => ({ value: u.unitId, label: u.label }))}
          value={unitId}
          onChange={onUnit}
        />
      </Field>
    </>
  )
}
