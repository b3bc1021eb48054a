import type { Meeting, ProxyPrincipal } from '@jiayuan/contracts'
import { proxyCapOf } from '@jiayuan/domain'
import { Text } from '@tarojs/components'
import { Card } from '../../../components/card'
import { PrincipalCard } from './principal-card'
import './proxy-ballots.scss'

interface Props {
  meeting: Meeting
  principals: readonly ProxyPrincipal[]
  onCast(): void
}

/**
 * 我代理的业主 (DOMAIN V15): a proxy holder casts each principal's ballot separately, within the cap; an owner
 * who votes in person takes the vote back (V6), and the holder is told.
 */
export function ProxyBallots({ meeting: m, principals, onCast }: Props) {
  const open = principals.filter((p) => p.state === 'not_cast').length
  return (
    <>
      <Card title="我代理的业主" extra={`${principals.length} 位`} className="proxy-ballots">
        <Text className="muted">
          {`业委会已登记这些业主给您的授权委托书（每人最多代理 ${proxyCapOf(m.rules)} 位）。`}
          请按每位业主的意思分别投票；业主本人投票后，以本人的票为准，您代投的票不计。
        </Text>
        {open > 0 ? <Text className="proxy-open">还有 {open} 位业主未投票。</Text> : null}
      </Card>
      {principals.map((p) => (
        <PrincipalCard key={p.principalId} meeting={m} principal={p} onCast={onCast} />
      ))}
    </>
  )
}
