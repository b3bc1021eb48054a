import { useState } from 'react'
import type { Unit } from '@jiayuan/contracts'
import { areaText } from '@jiayuan/domain'
import { Card } from '../../../components/card'
import { ListRow } from '../../../components/list-row'
import { Empty, ErrorNote, Loading } from '../../../components/status'
import { useRemote } from '../../../hooks/use-remote'
import { loadBuildings, loadUnitsOf } from '../api'
import { UnitEditor } from './unit-editor'
import { AREA_SOURCE_LABEL, UNIT_KIND_LABEL, UNIT_STATUS_LABEL } from './unit-labels'
import './units-screen.scss'

/** The units of one building; a roll keeper taps one to correct it (kind, status, area figures), with a reason. */
export function UnitsScreen({
  compoundId,
  buildingId,
  canEdit,
}: {
  compoundId: string
  buildingId: string
  canEdit: boolean
}) {
  const units = useRemote(() => loadUnitsOf(compoundId, buildingId), [compoundId, buildingId])
  const buildings = useRemote(() => loadBuildings(compoundId), [compoundId])
  const building = buildings.data?.find((b) => b.buildingId === buildingId)?.name ?? '房屋'
  const [editing, setEditing] = useState<string | undefined>()
  // What this person saved, as the server answered it: the list is read from a server's copy of the units that
  // another server may hold for a few seconds (roll-cache.ts), so a reload alone could still show the old figures.
  const [savedUnits, setSavedUnits] = useState<Record<string, Unit>>({})
  if (units.loading && !units.data) return <Loading />
  if (units.error || !units.data) return <ErrorNote message={units.error ?? '没有数据'} onRetry={units.reload} />
  if (units.data.length === 0) return <Empty text="这栋楼还没有房屋，请先导入花名册。" />
  const saved = (unit: Unit) => {
    setEditing(undefined)
    setSavedUnits((s) => ({ ...s, [unit.unitId]: unit }))
    units.reload()
  }
  const shown = units.data.map((u) => savedUnits[u.unitId] ?? u)
  return (
    <Card title={building} extra={`${shown.length} 套`} className="units-card">
      {canEdit ? <Listhint /> : null}
      {shown.map((u) =>
        editing === u.unitId ? (
          <Card key={u.unitId} title={`修改 ${u.label}`} className="unit-edit-card">
            <UnitEditor compoundId={compoundId} unit={u} onSaved={saved} onCancel={() => setEditing(undefined)} />
          </Card>
        ) : (
          <ListRow
            key={u.unitId}
            className="unit-row"
            title={u.label}
            sub={`${UNIT_KIND_LABEL[u.kind]} · ${UNIT_STATUS_LABEL[u.status]} · ${areaText(u.area)}（${AREA_SOURCE_LABEL[u.areaSource]}）`}
            {...(canEdit ? { extra: '修改 ›', onClick: () => setEditing(u.unitId) } : {})}
          />
        ),
      )}
    </Card>
  )
}

function Listhint() {
  return (
    <ListRow className="units-hint" title="点一套房屋修改类型、状态或面积" sub="每次修改都要写明原因，并记入日志" />
  )
}
