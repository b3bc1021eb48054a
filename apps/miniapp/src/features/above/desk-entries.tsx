import type { ReactNode } from 'react'
import type { Session } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { go } from '../../lib/navigation'

/** Whether the person works above the compound (a street or a department, DOMAIN G4). */
export const worksAbove = (session: Session | undefined) =>
  (session?.streets?.length ?? 0) > 0 ||
  (session?.departments?.length ?? 0) > 0 ||
  (session?.companies?.length ?? 0) > 0

/**
 * 街道工作台 / 社区工作台 / 部门工作台 entries on home, one per street, community or department the person works for,
 * after `inbox` (their personal inbox's row).
 */
export function DeskEntries({ session, inbox }: { session: Session | undefined; inbox?: ReactNode }) {
  if (!worksAbove(session) && (session?.communities?.length ?? 0) === 0) return null
  return (
    <Card title="工作台" className="desk-entries">
      {inbox}
      {(session?.streets ?? []).map((s) => (
        <ListRow
          key={s.streetId}
          className="desk-street"
          title="街道工作台"
          sub={s.streetName}
          extra="›"
          onClick={() => go('streetDesk', { id: s.streetId })}
        />
      ))}
      {(session?.communities ?? []).map((c) => (
        <ListRow
          key={c.communityId}
          className="desk-community"
          title="社区工作台"
          sub={c.communityName}
          extra="›"
          onClick={() => go('communityDesk', { id: c.communityId })}
        />
      ))}
      {(session?.departments ?? []).map((d) => (
        <ListRow
          key={d.departmentId}
          className="desk-department"
          title="部门工作台"
          sub={d.departmentName}
          extra="›"
          onClick={() => go('departmentDesk', { id: d.departmentId })}
        />
      ))}
      {(session?.companies ?? []).map((c) => (
        <ListRow
          key={c.companyId}
          className="desk-company"
          title="整改工作台"
          sub={c.companyName}
          extra="›"
          onClick={() => go('rectCompany', { id: c.companyId })}
        />
      ))}
    </Card>
  )
}
