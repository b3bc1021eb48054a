import { useState } from 'react'
import type { Unit } from '@jiayuan/contracts'
import { placeTree, searchUnits, unitPlace } from '@jiayuan/domain'
import { View } from '@tarojs/components'
import { ChoiceChips } from '../../../components/choice-chips'
import { Field } from '../../../components/field'
import { Input } from '../../../components/nut'
import { ErrorNote, Loading } from '../../../components/status'
import type { Remote } from '../../../hooks/use-remote'
import { PUBLIC_PART, type ReportDraft } from './report-draft'
import type { TicketContext } from '../shared/use-ticket-context'

const PUBLIC_PLACES = ['东门', '南门', '地下车库', '中心花园', '健身区', '垃圾房']
/** The floor chip for rooms whose number tells no floor (shops, 车位). */
const OTHER_FLOOR = 'other'

interface Props {
  context: TicketContext
  /** The compound's units, loaded once by the form (it also picks the reporter's own unit from them). */
  units: Remote<Unit[]>
  draft: ReportDraft
  error?: string
  onChange(patch: Partial<ReportDraft>): void
}

const floorKey = (floor: number | undefined) => (floor === undefined ? OTHER_FLOOR : String(floor))

/**
 * Building → entrance → floor → room, each level one row of chips with one chosen, and a search by room
 * number (`1-502`, `3栋1单元502`). Each level also offers its shared part (楼道), saved as precisely as chosen.
 */
export function PlacePicker({ context, units, draft, error, onChange }: Props) {
  const [otherFloor, setOtherFloor] = useState(false)
  const [query, setQuery] = useState('')
  const all = units.data ?? []
  const inBuilding = all.filter((u) => u.buildingId === draft.buildingId)
  const tree = placeTree(inBuilding)
  const hasEntrances = tree.some((e) => e.entrance !== undefined)
  const entranceGroup = tree.find((e) => e.entrance === draft.entrance)
  const chosenUnit = inBuilding.find((u) => u.unitId === draft.unitId)
  const openFloor = chosenUnit
    ? floorKey(unitPlace(chosenUnit.label).floor)
    : draft.floor !== undefined
      ? String(draft.floor)
      : otherFloor
        ? OTHER_FLOOR
        : undefined
  const floorGroup = entranceGroup?.floors.find((f) => floorKey(f.floor) === openFloor)
  const showFloors = draft.buildingId && (!hasEntrances || draft.entrance !== undefined)
  const found = query.trim() ? searchUnits(query, all, 8) : []

  function pickUnit(unit: Unit): void {
    const { entrance, floor } = unitPlace(unit.label)
    setOtherFloor(floor === undefined)
    setQuery('')
    onChange({ placeKind: 'building', buildingId: unit.buildingId, entrance, floor, unitId: unit.unitId })
  }

  const building = (
    <>
      <Field label="搜房号" hint="如 1-502、3栋1单元502" className="field-unit-search">
        <Input
          className="unit-search"
          value={query}
          maxLength={20}
          placeholder="输入楼号、单元、房号"
          onChange={(q: string) => setQuery(q)}
        />
        {query.trim() && units.data && found.length === 0 ? <View className="muted">没有这个房号</View> : null}
        {found.length ? (
          <ChoiceChips
            chipClassName="unit-found-chip"
            columns={2}
            options={found.map((u) => ({ value: u.unitId, label: u.label }))}
            onChange={(unitId) => {
              const unit = found.find((u) => u.unitId === unitId)
              if (unit) pickUnit(unit)
            }}
          />
        ) : null}
      </Field>
      <Field label="楼栋" className="field-building">
        <ChoiceChips
          chipClassName="building-chip"
          options={context.buildings.map((b) => ({ value: b.buildingId, label: b.name }))}
          value={draft.buildingId}
          onChange={(buildingId) => {
            if (buildingId === draft.buildingId) return
            setOtherFloor(false)
            onChange({ buildingId, entrance: undefined, floor: undefined, unitId: undefined })
          }}
        />
      </Field>
      {draft.buildingId && units.loading ? <Loading /> : null}
      {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
      {draft.buildingId && hasEntrances ? (
        <Field label="单元" className="field-entrance">
          <ChoiceChips
            chipClassName="entrance-chip"
            options={[
              ...tree.flatMap((e) => (e.entrance ? [{ value: e.entrance, label: `${e.entrance}单元` }] : [])),
              { value: PUBLIC_PART, label: '整栋公共部位' },
            ]}
            value={draft.entrance ?? (draft.unitId === PUBLIC_PART ? PUBLIC_PART : undefined)}
            onChange={(entrance) => {
              if (entrance === draft.entrance) return
              setOtherFloor(false)
              onChange(
                entrance === PUBLIC_PART
                  ? { entrance: undefined, floor: undefined, unitId: PUBLIC_PART }
                  : { entrance, floor: undefined, unitId: undefined },
              )
            }}
          />
        </Field>
      ) : null}
      {showFloors && entranceGroup ? (
        <Field label="楼层" className="field-floor">
          <ChoiceChips
            chipClassName="floor-chip"
            columns={4}
            options={[
              ...entranceGroup.floors.map((f) => ({
                value: floorKey(f.floor),
                label: f.floor === undefined ? '其他' : `${f.floor}层`,
              })),
              { value: PUBLIC_PART, label: hasEntrances ? '本单元楼道' : '整栋公共部位' },
            ]}
            value={openFloor ?? (draft.unitId === PUBLIC_PART ? PUBLIC_PART : undefined)}
            onChange={(key) => {
              if (key === openFloor) return
              setOtherFloor(key === OTHER_FLOOR)
              onChange(
                key === PUBLIC_PART || key === OTHER_FLOOR
                  ? { floor: undefined, unitId: key === PUBLIC_PART ? PUBLIC_PART : undefined }
                  : { floor: Number(key), unitId: undefined },
              )
            }}
          />
        </Field>
      ) : null}
      {floorGroup ? (
        <Field label="房号" className="field-unit">
          <ChoiceChips
            chipClassName="unit-chip"
            columns={2}
            options={[
              ...floorGroup.units.map((u) => ({ value: u.unitId, label: u.label })),
              ...(floorGroup.floor === undefined ? [] : [{ value: PUBLIC_PART, label: '本层楼道' }]),
            ]}
            value={draft.unitId}
            onChange={(unitId) => onChange({ unitId })}
          />
        </Field>
      ) : null}
    </>
  )

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
      <View className="place-gap" />
      {draft.placeKind === 'building' ? (
        building
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
