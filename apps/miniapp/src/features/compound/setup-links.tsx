import { canCall, compound, type Role } from '@jiayuan/contracts'
import { Card } from '../../components/card'
import { ListRow } from '../../components/list-row'
import { StatusTag } from '../../components/status-tag'
import { go, type RouteName } from '../../lib/navigation'

const LINKS: Array<{ route: RouteName; title: string; sub: string; endpoint: Parameters<typeof canCall>[0] }> = [
  {
    route: 'rollImport',
    title: '导入花名册',
    sub: '从 Excel 或 CSV 导入楼栋、房屋和业主',
    endpoint: compound.importRoll,
  },
  { route: 'gridSetup', title: '网格划分', sub: '新建、改名网格，划入楼栋', endpoint: compound.putGrid },
  {
    route: 'compoundSettings',
    title: '小区设置',
    sub: '城市规则、收费方式、从众、异议期、工单时限',
    endpoint: compound.updateSettings,
  },
]

/** The setup tools the person may use, from 小区概况; buildings no grid covers are flagged on 网格划分. */
export function SetupLinks({ roles, uncovered }: { roles: readonly Role[]; uncovered: number }) {
  const links = LINKS.filter((l) => canCall(l.endpoint, roles))
  if (links.length === 0) return null
  return (
    <Card title="小区设置" className="setup-links">
      {links.map((l) => (
        <ListRow
          key={l.route}
          className={`setup-link setup-link--${l.route}`}
          title={l.title}
          sub={l.sub}
          extra={
            l.route === 'gridSetup' && uncovered > 0 ? <StatusTag tone="bad" text={`${uncovered} 栋未划网格`} /> : '›'
          }
          onClick={() => go(l.route)}
        />
      ))}
    </Card>
  )
}
