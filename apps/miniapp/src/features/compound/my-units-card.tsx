import type { Unit } from '@jiayuan/contracts'
import { areaText } from '@jiayuan/domain'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { ErrorNote, Loading } from '../../components/status'
import type { Remote } from '../../hooks/use-remote'

const AREA_SOURCE = { registered: '登记面积', surveyed: '实测面积', contract: '合同面积' } as const

interface Props {
  units: Remote<Unit[]>
  title?: string
  /** Extra text per unit, e.g. the monthly fee it is billed. */
  extraOf?: (unit: Unit) => string | undefined
}

/** An owner's own units with the area that counts for votes and bills (DOMAIN V4: which figure was used). */
export function MyUnitsCard({ units, title = '我的房屋', extraOf }: Props) {
  return (
    <Card title={title} className="my-units">
      {units.loading && !units.data ? <Loading /> : null}
      {units.error ? <ErrorNote message={units.error} onRetry={units.reload} /> : null}
      {(units.data ?? []).map((u) => (
        <ListRow
          key={u.unitId}
          className="my-unit-row"
          title={u.label}
          sub={`${areaText(u.area)}（${AREA_SOURCE[u.areaSource]}）`}
          extra={extraOf?.(u)}
        />
      ))}
    </Card>
  )
}
